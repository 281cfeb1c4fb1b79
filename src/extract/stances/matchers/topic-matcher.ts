import { MIN_TOPIC_COUNT, TOPIC_STOP_WORDS } from '../lexicon/topic-words.js';
import type { IssueHit, StanceInput } from '../stance-input.js';
import { issueHit } from './issue-matcher.js';
import { positionHits } from './position-cues.js';

/** How many tokens after a cue are searched for the noun it bears on. */
const TOPIC_WINDOW = 6;

/**
 * Without a pack, issues are clustered from the text: the first common noun after each `after` cue (not
 * a name, not a word of process) is counted, lemmatised by a plural `s`; a noun counted in at least
 * `MIN_TOPIC_COUNT` sentences becomes issue `topic:<noun>`, and every sentence naming it gets a hit.
 */
export function topicIssueHits(input: StanceInput): IssueHit[] {
  if (input.issues) return [];
  const counts = new Map<string, Set<number>>();
  input.sentences.forEach((_, sentence) => {
    for (const hit of positionHits(input, sentence)) {
      const noun = nounAfter(input, hit.end, input.sentenceTokens[sentence]?.end ?? hit.end);
      if (noun === null) continue;
      const seen = counts.get(noun) ?? new Set<number>();
      counts.set(noun, seen.add(sentence));
    }
  });
  const topics = new Set([...counts].filter(([, seen]) => seen.size >= MIN_TOPIC_COUNT).map(([w]) => w));
  const hits: IssueHit[] = [];
  input.sentenceTokens.forEach((range, sentence) => {
    const done = new Set<string>();
    for (let at = range.start; at < range.end; at += 1) {
      const key = topicKey(input, at);
      if (key === null || !topics.has(key) || done.has(key)) continue;
      done.add(key);
      hits.push(issueHit(input, sentence, `topic:${key}`, input.tokens[at]!.span, 'clustered'));
    }
  });
  return hits;
}

function nounAfter(input: StanceInput, from: number, end: number): string | null {
  for (let at = from; at < Math.min(end, from + TOPIC_WINDOW); at += 1) {
    const key = topicKey(input, at);
    if (key !== null) return key;
  }
  return null;
}

/** The topic key of a common-noun token: lower case, a plural `s` dropped; null for other tokens. */
function topicKey(input: StanceInput, at: number): string | null {
  const token = input.tokens[at];
  const word = input.words[at] ?? '';
  if (!token || token.pos !== 'NOUN' || input.mentionOfToken[at] || word.length < 4) return null;
  if (TOPIC_STOP_WORDS.has(word)) return null;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
