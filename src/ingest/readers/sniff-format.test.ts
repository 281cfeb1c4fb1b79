import { describe, expect, it } from 'vitest';
import type { InputFormat } from '../../model/index.js';
import { ARTICLE_EXTENSIONS, sniffFormat } from './sniff-format.js';

const cases: Array<{ name: string; text: string; file?: string; type?: string; format: InputFormat }> = [
  { name: 'RSS 2.0', text: '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', format: 'rss' },
  {
    name: 'RSS 1.0 (RDF) after a comment',
    text: '<?xml version="1.0"?><!-- feed --><rdf:RDF xmlns:rdf="x"></rdf:RDF>',
    format: 'rss',
  },
  {
    name: 'Atom',
    text: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
    format: 'atom',
  },
  { name: 'html doctype', text: '<!DOCTYPE html>\n<html><body><p>x</p></body></html>', format: 'html' },
  { name: 'html root without doctype', text: '  <html lang="en"><body>x</body></html>', format: 'html' },
  {
    name: 'XHTML with an XML declaration',
    text: '<?xml version="1.0"?><html xmlns="x"><body/></html>',
    format: 'html',
  },
  {
    name: 'a fragment dense with block tags',
    text: '<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>',
    format: 'html',
  },
  { name: 'JSON Lines', text: '{"text":"a"}\n\n{"html":"<p>b</p>"}\r\n', format: 'jsonl' },
  {
    name: 'one broken line in a .jsonl file stays jsonl',
    text: '{"text":"a"}\n{oops\n',
    file: 'x.jsonl',
    format: 'jsonl',
  },
  { name: 'one broken line without a hint is text', text: '{"text":"a"}\n{oops\n', format: 'text' },
  { name: 'plain text', text: 'Talks Resume\n\nThe delegations met on Monday.', format: 'text' },
  {
    name: 'text mentioning a tag once stays text',
    text: 'The <p> tag was left in.\nMore text here.',
    format: 'text',
  },
  {
    name: 'content wins over a .html extension',
    text: 'Just a plain note.',
    file: 'note.html',
    format: 'text',
  },
  {
    name: 'content wins over a feed content type',
    text: '<!doctype html><p>x</p>',
    type: 'application/rss+xml',
    format: 'html',
  },
  {
    name: 'a .atom extension breaks a tie on a namespace-less feed',
    text: '<feed><entry/></feed>',
    file: 'a.atom',
    format: 'atom',
  },
  {
    name: 'content type breaks a tie',
    text: '<feed><entry/></feed>',
    type: 'application/atom+xml; charset=utf-8',
    format: 'atom',
  },
  {
    name: 'other XML goes to the feed reader to be refused',
    text: '<?xml version="1.0"?><urlset/>',
    format: 'rss',
  },
  {
    name: 'hostile: thousands of blank lines and comments before the root',
    text: `${'<!-- c -->\n \n'.repeat(5000)}<rss></rss>`,
    format: 'text',
  },
  { name: 'hostile: a JSON array line is not JSON Lines', text: '[1,2,3]\n', format: 'text' },
];

describe('sniffFormat', () => {
  it.each(cases)('$name → $format', ({ text, file, type, format }) => {
    expect(sniffFormat(text, file, type)).toBe(format);
  });

  it('lists the article extensions the walker takes', () => {
    expect([...ARTICLE_EXTENSIONS].sort()).toEqual(
      [
        '.atom',
        '.htm',
        '.html',
        '.jsonl',
        '.md',
        '.ndjson',
        '.rss',
        '.text',
        '.txt',
        '.xhtml',
        '.xml',
      ].sort(),
    );
    expect(ARTICLE_EXTENSIONS.has('.json')).toBe(false);
  });
});
