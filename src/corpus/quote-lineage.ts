/** One report of a statement: a quote in one article, with its words and its speaker actor. */
export interface QuoteReport {
  id: string;
  doc: string;
  /** The actor the speaker resolves to, or null for an unnamed or unresolved speaker. */
  speaker: string | null;
  text: string;
}

/** How a report carries the statement, compared with the fullest report of it. */
export type ReportForm = 'verbatim' | 'trimmed' | 'paraphrased';

/** One statement and every report of it, the fullest first. */
export interface Statement {
  id: string;
  speaker: string | null;
  reports: Array<{ quote: string; doc: string; form: ReportForm; text: string }>;
}

/** Reports whose word sets overlap this much (Jaccard), or one containing the other, are one statement. */
export const SAME_STATEMENT = 0.6;

/**
 * Groups reports of the same statement across articles: same speaker actor, and the same words (verbatim),
 * a run of the other's words (trimmed), or most of the same words in another order or form
 * (paraphrased). Reports from one article never group with each other. Unnamed speakers are not grouped:
 * two "officials said" may be anyone. Pure; statements are ordered by their first report.
 */
export function groupStatements(reports: readonly QuoteReport[]): Statement[] {
  // Each distinct text is split into words once; groups keep their docs and distinct texts, so a report
  // is compared with each different wording of a group once, however many articles repeat it.
  const wordCache = new Map<string, string[]>();
  const words = (text: string): string[] => {
    let found = wordCache.get(text);
    if (!found) {
      found = wordsOf(text);
      wordCache.set(text, found);
    }
    return found;
  };
  interface Group {
    speaker: string;
    members: QuoteReport[];
    docs: Set<string>;
    variants: Map<string, string[]>;
  }
  const groups: Group[] = [];
  const bySpeaker = new Map<string, Group[]>();
  for (const report of reports) {
    if (report.speaker === null) continue;
    const mine = words(report.text);
    if (mine.length < 4) continue;
    const key = mine.join(' ');
    const candidates = bySpeaker.get(report.speaker) ?? [];
    const group = candidates.find(
      (g) =>
        !g.docs.has(report.doc) &&
        (g.variants.has(key) || [...g.variants.values()].some((theirs) => sameStatement(theirs, mine))),
    );
    if (group) {
      group.members.push(report);
      group.docs.add(report.doc);
      group.variants.set(key, mine);
    } else {
      const created: Group = {
        speaker: report.speaker,
        members: [report],
        docs: new Set([report.doc]),
        variants: new Map([[key, mine]]),
      };
      groups.push(created);
      bySpeaker.set(report.speaker, [...candidates, created]);
    }
  }
  return groups
    .filter((g) => g.members.length > 1)
    .map((g, index) => {
      const fullest = [...g.members].sort((a, b) => words(b.text).length - words(a.text).length)[0]!;
      const full = words(fullest.text).join(' ');
      return {
        id: `stmt_${index + 1}`,
        speaker: g.speaker,
        reports: [fullest, ...g.members.filter((m) => m !== fullest)].map((m) => ({
          quote: m.id,
          doc: m.doc,
          text: m.text,
          form: formOf(words(m.text).join(' '), full),
        })),
      };
    });
}

function formOf(text: string, full: string): ReportForm {
  if (text === full) return 'verbatim';
  if (full.includes(text)) return 'trimmed';
  return 'paraphrased';
}

function sameStatement(a: readonly string[], b: readonly string[]): boolean {
  const joinedA = a.join(' ');
  const joinedB = b.join(' ');
  if (joinedA.includes(joinedB) || joinedB.includes(joinedA)) return true;
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared += 1;
  return shared / (setA.size + setB.size - shared) >= SAME_STATEMENT;
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word.length > 0);
}
