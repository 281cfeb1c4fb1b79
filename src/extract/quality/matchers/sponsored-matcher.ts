import type { QualitySignal, Span } from '../../../model/index.js';
import { SPONSORED_PHRASES } from '../lexicon/sponsored-phrases.js';
import type { QualityMatcher } from '../quality-input.js';
import { quoteOf } from '../quality-input.js';

const BY = 'quality/sponsored';

/**
 * Sponsorship wording still in the body: disclaimers, advertorial labels, "sponsored by" lines, affiliate
 * notices (`lexicon/sponsored-phrases.ts`). One signal per paragraph, spanning its first to last phrase,
 * naming what was found. What cleaning removed is summarised by the cleaning-summary matcher.
 */
export const sponsoredMatcher: QualityMatcher = ({ doc, cues: present }) => {
  const found: Array<{ span: Span; label: string }> = [];
  for (const { pattern, label, cues } of SPONSORED_PHRASES) {
    if (!cues.some((cue) => present.has(cue))) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(doc.text); match; match = pattern.exec(doc.text)) {
      const lead = match[0].length - match[0].trimStart().length;
      const text = match[0].trim();
      const start = match.index + lead;
      found.push({ span: { start, end: start + text.length }, label });
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const paragraphs = doc.layers.paragraphs ?? [];
  const groups = new Map<number, Array<{ span: Span; label: string }>>();
  for (const item of found) {
    const index = paragraphs.findIndex(
      (p) => p.span.start <= item.span.start && item.span.start < p.span.end,
    );
    groups.set(index, [...(groups.get(index) ?? []), item]);
  }
  const signals: QualitySignal[] = [];
  for (const items of groups.values()) {
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) continue;
    const span = { start: first.span.start, end: Math.max(...items.map((i) => i.span.end)) };
    const labels = [...new Set(items.map((i) => i.label))].join(', ');
    signals.push({
      code: 'sponsored-content',
      severity: 'warning',
      span,
      detail: `Sponsorship wording left in the article (${labels}): "${quoteOf(doc.text.slice(span.start, span.end))}"`,
      by: BY,
    });
  }
  return signals;
};
