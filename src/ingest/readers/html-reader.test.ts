import { describe, expect, it } from 'vitest';
import { isParleyError } from '../../model/index.js';
import { htmlFragmentToText } from './html-fragment-to-text.js';
import { isTruncatedHtml, readHtml } from './html-reader.js';

const location = { kind: 'file' as const, ref: 'page.html' };
const filler =
  'The delegations worked through the draft line by line, officials said, and more sessions are planned.';

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Envoys Meet in Geneva | The Example Ledger</title>
  <meta property="og:title" content="Envoys Meet in Geneva as Talks Enter Second Week">
  <meta property="og:site_name" content="The Example Ledger">
  <meta property="og:url" content="https://example.com/og-url">
  <meta name="author" content="Ana Ruiz">
  <link rel="canonical" href="https://example.com/world/envoys-geneva">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
    "datePublished":"2025-11-24T08:00:00Z","publisher":{"@type":"Organization","name":"Ledger Media"}}]}</script>
  <script type="application/ld+json">{ not json</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">NAVIGATION LINK</a></nav>
  <header><div class="masthead">MASTHEAD TEXT</div></header>
  <article>
    <h1>Envoys Meet in Geneva as Talks Enter Second Week</h1>
    <p>US and Ukrainian envoys met in Geneva on Sunday&nbsp;to discuss the &ldquo;framework&rdquo; &mdash; a
       draft that Kyiv &amp; its allies   have questioned. ${filler}</p>
    <p>The meeting ran late into the evening. ${filler}</p>
    <ul><li>First point of the draft</li><li>Second point of the draft</li></ul>
    <p>Officials said the next round could come &lsquo;within days&rsquo;. ${filler}</p>
  </article>
  <aside>ASIDE RELATED STORIES</aside>
  <footer>FOOTER COPYRIGHT</footer>
  <script>var leak = "<p>SCRIPT TEXT</p>";</script>
</body>
</html>`;

describe('readHtml on a full page', () => {
  const doc = readHtml(PAGE, location);
  const title = 'Envoys Meet in Geneva as Talks Enter Second Week';

  it('reads metadata in its order of trust', () => {
    expect(doc.format).toBe('html');
    expect(doc.meta).toEqual({
      title,
      published: '2025-11-24T08:00:00Z',
      source: 'The Example Ledger',
      canonicalUrl: 'https://example.com/world/envoys-geneva',
      byline: 'Ana Ruiz',
      language: 'en-GB',
    });
  });

  it('puts the title on the first line and one block a line after a blank line', () => {
    expect(doc.titleSpan).toEqual({ start: 0, end: title.length });
    expect(doc.raw.slice(0, title.length)).toBe(title);
    const blocks = doc.raw.split('\n\n');
    expect(blocks[0]).toBe(title);
    expect(blocks).toContain('First point of the draft');
    expect(blocks).toContain('Second point of the draft');
    expect(blocks.find((b) => b.startsWith('US and Ukrainian envoys'))).toBe(
      `US and Ukrainian envoys met in Geneva on Sunday to discuss the “framework” — a draft that Kyiv & its allies have questioned. ${filler}`,
    );
    expect(blocks.find((b) => b.startsWith('Officials said'))).toContain('‘within days’');
    for (const block of blocks) expect(block).not.toMatch(/\n|\s{2}|^\s|\s$/);
  });

  it('leaves nav, header, aside, footer and scripts out of raw', () => {
    for (const chrome of [
      'NAVIGATION LINK',
      'MASTHEAD TEXT',
      'ASIDE RELATED',
      'FOOTER COPYRIGHT',
      'SCRIPT TEXT',
      '<',
      '&amp;',
      '&nbsp;',
    ]) {
      expect(doc.raw.slice(title.length)).not.toContain(chrome);
    }
  });

  it('records each block it left out as page furniture, and nothing else', () => {
    expect(doc.signals.map((s) => [s.code, s.severity, s.text])).toEqual([
      ['page-furniture', 'info', 'Home NAVIGATION LINK'],
      ['page-furniture', 'info', 'MASTHEAD TEXT'],
      ['page-furniture', 'info', 'ASIDE RELATED STORIES'],
      ['page-furniture', 'info', 'FOOTER COPYRIGHT'],
    ]);
    expect(doc.signals.every((s) => s.rawSpan === undefined && s.by === 'read/html')).toBe(true);
  });
});

describe('readHtml', () => {
  it('flags a truncated page and still reads what arrived', () => {
    const cut = `<html><head><title>Short Title Here</title></head><body><article><p>First paragraph. ${filler}</p><p>Second par`;
    const doc = readHtml(cut, location);
    expect(doc.signals.map((s) => [s.code, s.severity])).toEqual([['truncated-html', 'warning']]);
    expect(doc.raw).toContain('First paragraph.');
    expect(doc.raw).toContain('Second par');
    expect(doc.meta.title).toBe('Short Title Here');
  });

  it('throws E_HTML_NO_TEXT for an empty body', () => {
    const attempt = (): unknown =>
      readHtml('<html><head><title>Only a title</title></head><body></body></html>', location);
    expect(attempt).toThrow();
    try {
      attempt();
    } catch (error) {
      expect(isParleyError(error, 'E_HTML_NO_TEXT')).toBe(true);
      expect((error as { file?: string }).file).toBe('page.html');
    }
  });

  it('falls back to <title> and drops an h1 that repeats it', () => {
    const html =
      '<html><head><title>Short Page Title</title></head><body><h1>Short Page Title</h1><p>One line only.</p></body></html>';
    const doc = readHtml(html, location);
    expect(doc.meta.title).toBe('Short Page Title');
    expect(doc.raw.startsWith('Short Page Title\n\n')).toBe(true);
    expect(doc.raw).toContain('One line only.');
    for (const d of doc.drop) expect(doc.raw.slice(d.span.start, d.span.end)).toBe('Short Page Title\n\n');
  });

  it('reads text that sits directly in <html>', () => {
    const doc = readHtml('<html>Bare text &amp; more</html>', location);
    expect(doc.raw).toBe('Bare text & more');
    expect(doc.titleSpan).toBeUndefined();
  });

  it('hostile: survives 20,000 nested elements, escaped tags and a script posing as text', () => {
    const deep =
      '<div>'.repeat(20_000) + 'Deep text &lt;script&gt;alert(1)&lt;/script&gt;' + '</div>'.repeat(20_000);
    const html = `<html><body><script>document.write("<p>INJECTED</p>")</script>${deep}</body></html>`;
    const started = performance.now();
    const doc = readHtml(html, location);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(doc.raw).toBe('Deep text <script>alert(1)</script>');
    expect(doc.signals.map((s) => s.code)).toEqual(['html-too-deep']);
  });
});

describe('isTruncatedHtml', () => {
  it.each([
    ['<html><body><p>x</p></body></html>', false],
    ['<html><body><p>x</p></body>', false],
    ['<p>a fragment with no closing tags', false],
    ['<html><body><p>cut in text', true],
    ['<p>cut inside a tag <a href="x', true],
  ])('%s → %s', (html, truncated) => {
    expect(isTruncatedHtml(html)).toBe(truncated);
  });
});

describe('htmlFragmentToText', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    [
      'direct text in a div around blocks',
      '<div>lead <b>bold</b><p>inner</p>tail</div>',
      'lead bold\n\ninner\n\ntail',
    ],
    ['a line break ends a block', 'line one<br>line two', 'line one\n\nline two'],
    [
      'table rows, cells joined by a tab',
      '<table><tr><th>A</th><td> B </td></tr><tr><td>C</td></tr></table>',
      'A\tB\n\nC',
    ],
    ['pre keeps one block a line', '<pre>l1\n\n  l2  </pre>', 'l1\n\nl2'],
    ['headings and quotes', '<h2>Sub</h2><blockquote><p>Q</p></blockquote>', 'Sub\n\nQ'],
    ['entities decoded', '<p>&eacute;&#8217;&#x201C;&amp;&nbsp;x</p>', 'é’“& x'],
    ['plain text keeps its paragraphs', 'para one\nwraps\n\npara two', 'para one wraps\n\npara two'],
    ['hostile: unclosed tags and stray brackets', '<p>a < b <i>c<p>d</b> e >', 'a < b c\n\nd e >'],
  ])('%s', (_name, html, text) => {
    expect(htmlFragmentToText(html)).toBe(text);
  });
});
