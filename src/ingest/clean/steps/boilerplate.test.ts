import { describe, expect, it } from 'vitest';
import { cleanWith, expectRemoved } from '../test-cleaning.js';
import { boilerplate } from './boilerplate.js';

const BEFORE = 'The envoys met twice.\n';
const AFTER = '\nTalks resume on Monday.';

describe('boilerplate: removes whole furniture lines', () => {
  const lines: Array<{ name: string; line: string; kind: string }> = [
    { name: 'Read More teaser', line: 'Read More: Markets: Grain Exports Rise Again', kind: 'read-more' },
    { name: 'bare Read more', line: 'Read more:', kind: 'read-more' },
    { name: 'Also read teaser', line: 'Also read: What the ceasefire draft says', kind: 'read-more' },
    { name: 'Related teaser', line: 'Related: Five questions about the summit', kind: 'related' },
    { name: 'share prompt', line: 'Share this article', kind: 'share' },
    { name: 'share on a network', line: 'Share on X', kind: 'share' },
    { name: 'share on Facebook', line: 'Share on Facebook', kind: 'share' },
    { name: 'newsletter sign-up', line: 'Sign up for our daily newsletter on diplomacy', kind: 'newsletter' },
    { name: 'newsletter subscription', line: 'Subscribe to the Briefing newsletter.', kind: 'newsletter' },
    { name: 'cookie notice', line: 'We use cookies to improve your experience.', kind: 'cookies' },
    { name: 'SEO note', line: '(SEO keywords preserved throughout)', kind: 'seo-note' },
    { name: 'ad label', line: 'ADVERTISEMENT', kind: 'advertisement' },
    {
      name: 'ad label with scroll prompt',
      line: 'Advertisement - Scroll to continue',
      kind: 'advertisement',
    },
    { name: 'click-through prompt', line: 'Click here to read the full statement', kind: 'click-here' },
    { name: 'copyright sign', line: '© 2025 Example Media Group', kind: 'copyright' },
    { name: 'rights reserved', line: 'Example Media. All rights reserved.', kind: 'copyright' },
    { name: 'feed continue prompt', line: 'Continue reading on Example Net', kind: 'read-more' },
    {
      name: 'feed footer',
      line: 'The post Envoys Meet Again appeared first on Example Digest.',
      kind: 'feed-footer',
    },
    {
      name: 'briefing sign-up',
      line: 'Sign up for The Morning Briefing, our free email.',
      kind: 'newsletter',
    },
    { name: 'byline with date', line: 'By Anna Keller · 4 March 2025', kind: 'byline' },
    { name: 'byline of two', line: 'By Anna Keller and Tom Reyes', kind: 'byline' },
    { name: 'indented line', line: '   Share this article   ', kind: 'share' },
  ];

  it.each(lines)('$name', ({ line, kind }) => {
    const raw = `${BEFORE}${line}\n${AFTER}`;
    const result = cleanWith(boilerplate, raw);
    expect(result.text).toBe(`${BEFORE}${AFTER}`);
    expectRemoved(raw, result.signals, [`${line}\n`]);
    expect(result.signals[0]).toMatchObject({
      code: 'boilerplate',
      severity: 'info',
      by: 'clean/boilerplate',
    });
    expect(result.signals[0]?.detail).toContain(`(${kind})`);
  });

  it('removes a last line that has no line break', () => {
    const raw = 'Body text.\n\nShare this article';
    const result = cleanWith(boilerplate, raw);
    expect(result.text).toBe('Body text.\n\n');
    expectRemoved(raw, result.signals, ['Share this article']);
  });

  it('survives a hostile input: a 100,000-character teaser line is kept as text', () => {
    const raw = `Read more: ${'x'.repeat(100_000)}`;
    const result = cleanWith(boilerplate, raw);
    expect(result.text).toBe(raw);
  });
});
