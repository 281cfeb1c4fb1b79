import type { Location, RawDocument, Span } from '../../model/index.js';
import { lineSpans } from './line-spans.js';
import type { LineSpan } from './line-spans.js';
import { isSectionLabel, isTitleLike } from './title-like.js';

type Drop = RawDocument['drop'][number];

/** The result of looking for a headline at the top of a plain text. */
export interface TextTitle {
  /** The title line, trimmed, as a span into the text. */
  titleSpan?: Span;
  /** Lines that are not article text: a section label above the title, the title repeated below it. */
  drop: Drop[];
}

/**
 * Reads a plain-text article. `raw` is the text exactly as given, so every span maps to the file.
 * Scraped articles often start with a section label ("World"), then the headline, then the headline again
 * as the first body line; the label and the repeat are proposed in `drop` and the headline becomes
 * `titleSpan` and `meta.title`. Nothing else is touched: markup residue and boilerplate are cleaning's job.
 */
export function readText(text: string, location: Location): RawDocument {
  const found = findTextTitle(text);
  const meta = found.titleSpan ? { title: text.slice(found.titleSpan.start, found.titleSpan.end) } : {};
  return {
    format: 'text',
    raw: text,
    meta,
    location,
    ...(found.titleSpan ? { titleSpan: found.titleSpan } : {}),
    signals: [],
    drop: found.drop,
  };
}

/**
 * Finds the headline of a plain text (see {@link readText}). The title is the first non-label line when
 * it is title-like and more text follows it; a long first paragraph ending in a full stop is no title.
 * Each drop span covers the line and the blank lines after it, so removing it leaves no gap.
 */
export function findTextTitle(text: string): TextTitle {
  const all = lineSpans(text);
  const lines = all.filter((line) => !isBlank(line));
  const trimmed = (line: LineSpan | undefined): string =>
    line ? text.slice(line.trimmed.start, line.trimmed.end) : '';
  const drop: Drop[] = [];
  let index = 0;
  const [first, second] = lines;
  if (first && second && isSectionLabel(trimmed(first)) && isTitleLike(trimmed(second))) {
    const lineAfterLabel = all[all.indexOf(first) + 1];
    if (lineAfterLabel && isBlank(lineAfterLabel)) {
      drop.push(dropLine(first, second, `section label "${trimmed(first)}"`));
      index = 1;
    }
  }
  const title = lines[index];
  const next = lines[index + 1];
  if (!title || !next || !isTitleLike(trimmed(title))) return { drop: [] };
  if (trimmed(next).toLowerCase() === trimmed(title).toLowerCase()) {
    drop.push(dropLine(next, lines[index + 2], 'title repeated as the first body line'));
  }
  return { titleSpan: title.trimmed, drop };
}

function isBlank(line: LineSpan): boolean {
  return line.trimmed.start === line.trimmed.end;
}

/** A drop from the line's first character to the next non-empty line (or the line's end when none). */
function dropLine(line: LineSpan, next: LineSpan | undefined, detail: string): Drop {
  const end = next ? next.trimmed.start : line.trimmed.end;
  return { span: { start: line.trimmed.start, end }, code: 'boilerplate', detail };
}
