import type { QualitySignal, RawDocument } from '../../model/index.js';

/** At most this many replacement signals per document; the rest are summed up in one more. */
const MAX_REPLACEMENT_SIGNALS = 100;
const REPLACEMENT = '\uFFFD';

/**
 * Attaches what decoding found to one document read from the decoded text. An `invalid-encoding` signal
 * becomes one warning per U+FFFD in the document's raw text, each with its `rawSpan` and a little context,
 * so a reader can see exactly which characters were lost; the detail keeps the input's byte count. A
 * document whose text holds no replacement (the bad bytes were in markup it dropped) gets none. Other
 * decoding signals (`encoding-fallback`) apply to every document of the input as they are.
 */
export function withDecodeSignals(doc: RawDocument, signals: readonly QualitySignal[]): RawDocument {
  if (signals.length === 0) return doc;
  const out = [...doc.signals];
  for (const signal of signals) {
    if (signal.code === 'invalid-encoding') out.push(...replacementSignals(doc.raw, signal));
    else out.push(signal);
  }
  return { ...doc, signals: out };
}

function replacementSignals(raw: string, summary: QualitySignal): QualitySignal[] {
  const out: QualitySignal[] = [];
  let extra = 0;
  for (let i = raw.indexOf(REPLACEMENT); i >= 0; i = raw.indexOf(REPLACEMENT, i + 1)) {
    if (out.length >= MAX_REPLACEMENT_SIGNALS) {
      extra++;
      continue;
    }
    out.push({
      ...summary,
      rawSpan: { start: i, end: i + 1 },
      detail: `an invalid byte sequence was replaced with U+FFFD (whole input: ${summary.detail})`,
      text: raw.slice(Math.max(0, i - 20), i + 21).replace(/\s+/g, ' '),
    });
  }
  if (extra > 0)
    out.push({ ...summary, detail: `${extra} more replacements with U+FFFD not listed one by one` });
  return out;
}
