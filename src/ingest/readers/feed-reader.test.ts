import { describe, expect, it } from 'vitest';
import { readFeed } from './feed-reader.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Evening Desk &amp; Friends</title>
  <item>
    <title>Envoys Land in Moscow</title>
    <link>https://example.org/envoys-moscow</link>
    <pubDate>Tue, 02 Dec 2025 18:00:00 +0000</pubDate>
    <dc:creator>Lena Marsh</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>The envoys landed on Tuesday.</p><p>Talks &amp; dinner followed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Headline Only</title>
    <link>https://example.org/headline-only</link>
  </item>
  <item>
    <title>Escaped Description</title>
    <guid>https://example.org/guid-link</guid>
    <author>desk@example.org (Desk)</author>
    <description>&lt;p&gt;Escaped &amp;amp; decoded once.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
  </item>
</channel>
</rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/"><title>RDF Desk</title></channel>
  <item rdf:about="https://example.net/a"><title>RDF Item</title><link>https://example.net/a</link>
    <dc:date>2025-12-01</dc:date><description>Plain RDF text.</description></item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom Desk</title>
  <entry>
    <title type="html">Ceasefire &amp;amp; Talks</title>
    <link rel="self" href="https://example.net/self"/>
    <link rel="alternate" href="https://example.net/ceasefire"/>
    <published>2025-12-16T06:30:00Z</published>
    <updated>2025-12-17T00:00:00Z</updated>
    <author><name>Piotr Nowak</name></author>
    <content type="html"><![CDATA[<p>Leaders asked for a truce.</p>]]> &lt;p&gt;Escaped &amp;amp; too.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Xhtml Entry</title>
    <link href="https://example.net/xhtml"/>
    <updated>2025-12-18</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; one.</p><p>Second <b>two</b>.</p></div></content>
  </entry>
  <entry>
    <title>Summary Only</title>
    <summary>Line one
of the summary.

Second paragraph.</summary>
  </entry>
</feed>`;

const blocksOf = (raw: string | undefined): string[] => (raw ?? '').split('\n\n');

describe('readFeed on RSS 2.0', () => {
  const { docs, errors } = readFeed(RSS, 'feed.xml');

  it('reads each item under its title, preferring content:encoded', () => {
    expect(docs.map((d) => blocksOf(d.raw))).toEqual([
      ['Envoys Land in Moscow', 'The envoys landed on Tuesday.', 'Talks & dinner followed.'],
      ['Escaped Description', 'Escaped & decoded once.'],
    ]);
    expect(docs[0]?.titleSpan).toEqual({ start: 0, end: 21 });
    expect(docs[0]?.raw.slice(0, 21)).toBe('Envoys Land in Moscow');
  });

  it('takes metadata from the item and the source from the channel', () => {
    expect(docs[0]?.meta).toEqual({
      title: 'Envoys Land in Moscow',
      url: 'https://example.org/envoys-moscow',
      published: 'Tue, 02 Dec 2025 18:00:00 +0000',
      byline: 'Lena Marsh',
      source: 'Evening Desk & Friends',
    });
    expect(docs[1]?.meta.url).toBe('https://example.org/guid-link');
    expect(docs[1]?.meta.byline).toBe('desk@example.org (Desk)');
    expect(docs.map((d) => [d.format, d.location])).toEqual([
      ['rss', { kind: 'file', ref: 'feed.xml', item: 1 }],
      ['rss', { kind: 'file', ref: 'feed.xml', item: 3 }],
    ]);
  });

  it('turns an item without text into an error for that item only', () => {
    expect(errors.map((e) => [e.code, e.file, e.message])).toEqual([
      ['E_INPUT_EMPTY', 'feed.xml', 'feed item 2 ("Headline Only") has no text'],
    ]);
  });
});

describe('readFeed', () => {
  it('reads RSS 1.0 (RDF) with dc:date', () => {
    const { docs, errors } = readFeed(RDF, 'https://example.net/rdf');
    expect(errors).toEqual([]);
    expect(docs[0]?.raw).toBe('RDF Item\n\nPlain RDF text.');
    expect(docs[0]?.meta).toMatchObject({
      source: 'RDF Desk',
      published: '2025-12-01',
      url: 'https://example.net/a',
    });
    expect(docs[0]?.location).toEqual({ kind: 'url', ref: 'https://example.net/rdf', item: 1 });
  });

  it('reads Atom: html, xhtml and text content, alternate links, published before updated', () => {
    const { docs, errors } = readFeed(ATOM, 'feed.atom');
    expect(errors).toEqual([]);
    expect(docs.map((d) => blocksOf(d.raw))).toEqual([
      ['Ceasefire & Talks', 'Leaders asked for a truce.', 'Escaped & too.'],
      ['Xhtml Entry', 'First & one.', 'Second two.'],
      ['Summary Only', 'Line one of the summary.', 'Second paragraph.'],
    ]);
    expect(docs[0]?.meta).toEqual({
      title: 'Ceasefire & Talks',
      url: 'https://example.net/ceasefire',
      published: '2025-12-16T06:30:00Z',
      byline: 'Piotr Nowak',
      source: 'Atom Desk',
    });
    expect(docs[1]?.meta.published).toBe('2025-12-18');
    expect(docs.every((d) => d.format === 'atom')).toBe(true);
  });

  it('reports malformed XML with the validator line and reads no item', () => {
    const broken =
      '<?xml version="1.0"?>\n<rss>\n<channel>\n<title>A & B</title>\n<item><title>x</title></item>';
    const { docs, errors } = readFeed(broken, 'broken.xml');
    expect(docs).toEqual([]);
    expect(errors.map((e) => [e.code, e.file, e.line])).toEqual([['E_FEED_MALFORMED', 'broken.xml', 4]]);
    expect(errors[0]?.message).toMatch(/^not well-formed XML at line 4/);
  });

  it('refuses XML that is not a feed', () => {
    const { errors } = readFeed('<?xml version="1.0"?><urlset><url/></urlset>', 'sitemap.xml');
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['E_INPUT_FORMAT', 'not an RSS or Atom feed (root element <urlset>)'],
    ]);
  });

  it('hostile: a billion-laughs entity declaration is not expanded', () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${laughs}]><rss><channel><title>T</title><item><title>Laughs</title><description>&l9; end</description></item></channel></rss>`;
    const started = performance.now();
    const { docs, errors } = readFeed(xml, 'laughs.xml');
    expect(performance.now() - started).toBeLessThan(2_000);
    const length = docs[0]?.raw.length ?? errors[0]?.message.length ?? 0;
    expect(length).toBeLessThan(1_000);
  });
});
