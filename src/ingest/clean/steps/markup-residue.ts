import type { CleaningStep, StepFinding } from '../cleaning-step.js';
import { isBlankRange, splitLines } from '../lines.js';
import type { Line } from '../lines.js';
import { markupTokens } from './markup-tokens.js';
import type { MarkupToken } from './markup-tokens.js';

/**
 * Removes scraper debris of HTML tags: bracketed tags of known names anywhere (`< p >`, `</div>`, `<br/>`),
 * and tags missing their `<` (`p>`, `h 3 >`, `/p>`) only where debris sits: at the end of a line, or at its
 * start glued to the text (`p>The`). Elsewhere a broken token may be prose ("a > b"), so it stays. Adjacent
 * removals on one line make one signal; a line of nothing but residue goes with its line break.
 */
export const markupResidue: CleaningStep = {
  name: 'markup-residue',
  find(text) {
    if (text.indexOf('>') < 0) return [];
    const findings: StepFinding[] = [];
    for (const line of splitLines(text)) {
      const content = text.slice(line.start, line.end);
      const debris = debrisTokens(content, markupTokens(content));
      for (const group of groupTokens(content, debris)) findings.push(toFinding(text, line, content, group));
    }
    return findings;
  },
};

interface Group {
  start: number;
  end: number;
  block: boolean;
}

function debrisTokens(line: string, tokens: MarkupToken[]): MarkupToken[] {
  if (tokens.length === 0) return tokens;
  const trailing = new Set<number>();
  let boundary = line.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as MarkupToken;
    if (!isBlankRange(line, token.end, boundary)) break;
    trailing.add(k);
    boundary = token.start;
  }
  const leading = new Set<number>();
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as MarkupToken;
    if (!isBlankRange(line, from, token.start)) break;
    leading.add(k);
    from = token.end;
  }
  return tokens.filter(
    (token, k) => token.bracketed || trailing.has(k) || (leading.has(k) && gluedToText(line, token.end)),
  );
}

function gluedToText(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  return at < line.length && code !== 32 && code !== 9;
}

function groupTokens(line: string, tokens: MarkupToken[]): Group[] {
  const groups: Group[] = [];
  for (const token of tokens) {
    const last = groups[groups.length - 1];
    if (last && isBlankRange(line, last.end, token.start)) {
      last.end = token.end;
      last.block ||= token.block;
    } else {
      groups.push({ start: token.start, end: token.end, block: token.block });
    }
  }
  return groups;
}

function toFinding(text: string, line: Line, content: string, group: Group): StepFinding {
  const atStart = isBlankRange(content, 0, group.start);
  const atEnd = isBlankRange(content, group.end, content.length);
  const signal = {
    code: 'markup-residue',
    severity: 'warning' as const,
    detail: `Markup residue "${content.slice(group.start, group.end)}" removed`,
  };
  let start = line.start + group.start;
  let end = line.start + group.end;
  let insert = '';
  if (atStart && atEnd) return { edit: { start: line.start, end: line.next, insert }, signal };
  if (atEnd) {
    start = line.start + trimBack(content, group.start);
    end = line.end;
  } else if (atStart) {
    end = line.start + trimForward(content, group.end);
  } else if (group.block && !isSpace(text, start - 1) && !isSpace(text, end)) {
    insert = ' ';
  }
  return { edit: { start, end, insert }, signal };
}

function trimBack(line: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(line, i - 1)) i--;
  return i;
}

function trimForward(line: string, at: number): number {
  let i = at;
  while (i < line.length && isSpace(line, i)) i++;
  return i;
}

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || code === 9;
}
