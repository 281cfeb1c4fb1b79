import type { OffsetRun, QualitySignal } from '../../../model/index.js';
import type { QualityMatcher } from '../quality-input.js';

const BY = 'quality/spacing';

/**
 * Punctuation glued to the next word: a comma, semicolon or colon before a capitalised word
 * (`month,Washington`), or a full stop before an acronym (`end.NATO`), which cleaning leaves. Two lower-case
 * letters before the mark keep initials and numbers out; urls and paths are skipped.
 */
// The mark comes first and the lookbehind after it, so the engine scans for the mark quickly.
const GLUED = /(?:[,;:](?<=\p{Ll}\p{Ll}.)(?=\p{Lu}\p{Ll})|[.!?](?<=\p{Ll}\p{Ll}.)(?=\p{Lu}{2,}\b))/gu;

/**
 * A dash written as a bare hyphen, its spaces lost (`control-a key`, `Moscow-the first`): a hyphen between
 * a word of three letters or more and a function word that a compound never ends in, followed by a space.
 * Compounds such as "state-of-the-art" continue with another hyphen and are left alone.
 */
const BARE_DASH = /-(?<=\p{L}{3}-)(?:a|an|the|that|which|who|and|but|while|especially)(?=\s)/gu;

/**
 * Spacing errors (`spacing-errors`): each missing space cleaning repaired after a sentence end
 * (`fighting.Russian`, from its `spacing-repaired` signals, located in the clean text through the offset
 * map), each glued mark still in the text, and each dash left as a bare hyphen (info: it reads, but it
 * shows the text lost its spacing). One signal per join, spanning the mark and its neighbours.
 */
export const spacingMatcher: QualityMatcher = ({ doc }) => {
  const signals: QualitySignal[] = [];
  for (const repaired of doc.signals) {
    if (repaired.code !== 'spacing-repaired' || repaired.rawSpan === undefined) continue;
    const at = cleanOffset(doc.offsetMap ?? [], repaired.rawSpan.start);
    const signal: QualitySignal = {
      code: 'spacing-errors',
      severity: 'warning',
      rawSpan: repaired.rawSpan,
      detail: `Missing space after a full stop ("${repaired.text ?? ''}"), repaired by cleaning`,
      by: BY,
    };
    if (at !== null) signal.span = { start: at, end: Math.min(doc.text.length, at + 3) };
    signals.push(signal);
  }
  GLUED.lastIndex = 0;
  for (let match = GLUED.exec(doc.text); match; match = GLUED.exec(doc.text)) {
    const start = match.index;
    const before = doc.text.lastIndexOf(' ', start) + 1;
    if (/[/@]|www\.|:\/\//u.test(doc.text.slice(before, start + 2))) continue;
    const word = /^\S{1,12}/u.exec(doc.text.slice(start + 1))?.[0] ?? '';
    signals.push({
      code: 'spacing-errors',
      severity: 'warning',
      span: { start: Math.max(before, start - 12), end: start + 1 + word.length },
      detail: `Missing space after "${match[0]}": "${doc.text.slice(Math.max(before, start - 12), start + 1 + word.length)}"`,
      by: BY,
    });
  }
  BARE_DASH.lastIndex = 0;
  for (let match = BARE_DASH.exec(doc.text); match; match = BARE_DASH.exec(doc.text)) {
    const before = Math.max(doc.text.lastIndexOf(' ', match.index) + 1, match.index - 12);
    const span = { start: before, end: match.index + match[0].length };
    signals.push({
      code: 'spacing-errors',
      severity: 'info',
      span,
      detail: `Dash written as a hyphen with no spaces: "${doc.text.slice(span.start, span.end)}"`,
      by: BY,
    });
  }
  return signals;
};

/** The clean offset of a raw offset copied into the clean text, or null when cleaning removed it. */
function cleanOffset(map: readonly OffsetRun[], raw: number): number | null {
  for (const [cleanStart, rawStart, length] of map) {
    if (raw >= rawStart && raw < rawStart + length) return cleanStart + raw - rawStart;
  }
  return null;
}
