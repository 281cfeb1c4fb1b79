import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import {
  CONTROLS,
  INVISIBLES,
  JOINERS,
  LINE_SEPARATORS,
  UNICODE_SPACES,
} from '../lexicon/unicode-classes.js';

const CLASSES = `([${INVISIBLES}${CONTROLS}]+)|([${JOINERS}])|([${UNICODE_SPACES}])|([${LINE_SEPARATORS}])`;
const COMPOSABLE = `[\\u1100-\\u11ff]+|[^\\s\\p{M}][\\p{M}]+|[^\\x00-\\x7f]`;
const WITHOUT_NFC = new RegExp(CLASSES, 'gu');
const WITH_NFC = new RegExp(`${CLASSES}|(${COMPOSABLE})`, 'gu');

/**
 * Normalises Unicode without touching what the text says: NFC composition (only runs that change become
 * edits), Unicode spaces to a plain space, line separators to a line break, and removal of zero-width,
 * soft-hyphen, bidirectional and control characters. Curly quotes and apostrophes are kept as they are,
 * since quote extraction needs them. Whitespace changes raise no signal; removed invisible characters
 * raise one `invisible-characters` signal per document with their count, located at the first of them.
 */
export const unicode: CleaningStep = {
  name: 'unicode',
  find(text) {
    const pattern = text.normalize('NFC') === text ? WITHOUT_NFC : WITH_NFC;
    const findings: StepFinding[] = [];
    let invisible = 0;
    let first: StepFinding | null = null;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[1] !== undefined || (match[2] !== undefined && !betweenNonAscii(text, start))) {
        invisible += end - start;
        const finding: StepFinding = { edit: { start, end, insert: '' } };
        first ??= finding;
        findings.push(finding);
      } else if (match[3] !== undefined) {
        findings.push({ edit: { start, end, insert: ' ' } });
      } else if (match[4] !== undefined) {
        findings.push({ edit: { start, end, insert: '\n' } });
      } else if (match[5] !== undefined) {
        const edit = composed(match[5], start);
        if (edit) findings.push(edit);
      }
    }
    if (first) first.signal = invisibleSignal(invisible);
    return findings;
  },
};

function betweenNonAscii(text: string, at: number): boolean {
  return (text.charCodeAt(at - 1) || 0) > 0x7f && (text.charCodeAt(at + 1) || 0) > 0x7f;
}

/** The NFC edit for a run, narrowed to the part that changes so unchanged characters keep their map. */
function composed(run: string, start: number): StepFinding | null {
  const normal = run.normalize('NFC');
  if (normal === run) return null;
  let prefix = 0;
  while (prefix < normal.length && run[prefix] === normal[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < normal.length - prefix &&
    suffix < run.length - prefix &&
    run[run.length - 1 - suffix] === normal[normal.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    edit: {
      start: start + prefix,
      end: start + run.length - suffix,
      insert: normal.slice(prefix, normal.length - suffix),
    },
  };
}

function invisibleSignal(count: number): StepFinding['signal'] {
  const noun = count === 1 ? 'character' : 'characters';
  return {
    code: 'invisible-characters',
    severity: 'info',
    detail: `${count} invisible ${noun} (zero-width, soft hyphen, bidirectional or control) removed`,
  };
}
