import type { CleaningStep, StepFinding } from '../cleaning-step.js';

/**
 * Removes the spans the reader marked as not article text (a section label, the title repeated as the
 * first body line), each with the line break that follows it, and records each with the reader's code and
 * detail. The spans are raw offsets, so this step must run first, on the raw text; it throws otherwise, and
 * for a span outside the text, because both are programming errors in the caller or the reader. A span
 * inside one already dropped is covered by that one's signal; overlapping spans are clipped.
 */
export const readerDrops: CleaningStep = {
  name: 'reader-drops',
  find(text, doc) {
    if (doc.drop.length === 0) return [];
    if (text !== doc.raw) throw new Error('clean/reader-drops must run first: drop spans are raw offsets');
    const sorted = [...doc.drop].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const findings: StepFinding[] = [];
    let cursor = 0;
    for (const { span, code, detail } of sorted) {
      if (span.start < 0 || span.end > text.length || span.end < span.start) {
        throw new RangeError(`reader drop [${span.start}, ${span.end}) is outside the text (${text.length})`);
      }
      if (span.end === span.start) continue;
      const start = Math.max(span.start, cursor);
      const end = withLineBreak(text, span.end);
      if (end <= start) continue;
      findings.push({ edit: { start, end, insert: '' }, signal: { code, detail, severity: 'info' } });
      cursor = end;
    }
    return findings;
  },
};

function withLineBreak(text: string, end: number): number {
  if (end > 0 && text.charCodeAt(end - 1) === 10) return end;
  if (text.startsWith('\r\n', end)) return end + 2;
  if (text.charCodeAt(end) === 10) return end + 1;
  return end;
}
