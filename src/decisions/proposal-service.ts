import type { Span, StoryPack } from '../model/index.js';
import { buildActorReport } from '../service/corpus-service.js';
import type { Store } from '../store/store.js';
import { actorPairTarget, parseTarget } from './decision-target.js';
import { proposeMerges } from './propose-merges.js';
import type { MergeCandidate } from './propose-merges.js';

/** A sentence that shows how an article uses an actor's name, cited. */
export interface ContextSentence {
  actor: string;
  doc: string;
  span: Span;
  text: string;
}

/** A merge proposal: the candidate pair, and a sentence of context for each actor. */
export interface Proposal extends MergeCandidate {
  context: ContextSentence[];
}

/** The most proposals one call returns, best first. */
export const MAX_PROPOSALS = 200;

/**
 * The proposals queue: pairs of actors that look alike and were not merged, read from the corrected who's
 * who (merges already decided are one actor there), minus pairs an analyst kept apart (a `reject` of
 * `actors:<a>+<b>`). Each carries its evidence and a cited context sentence per actor. Read-only.
 */
export async function buildProposals(store: Store, pack: StoryPack | null = null): Promise<Proposal[]> {
  const report = await buildActorReport(store, pack);
  const keptApart = new Set<string>();
  for (const decision of await store.listDecisions()) {
    const target = parseTarget(decision.target);
    if (decision.kind === 'reject' && target?.type === 'actors')
      keptApart.add(actorPairTarget(...target.ids));
  }
  const byId = new Map(report.actors.map((actor) => [actor.id, actor]));
  const texts = new Map<string, string>();
  const proposals: Proposal[] = [];
  for (const candidate of proposeMerges(report.actors, keptApart).slice(0, MAX_PROPOSALS)) {
    const context: ContextSentence[] = [];
    for (const id of candidate.actors) {
      const mention = byId.get(id)?.mentions[0];
      if (!mention) continue;
      if (!texts.has(mention.doc)) texts.set(mention.doc, (await store.getDocument(mention.doc))?.text ?? '');
      context.push({ actor: id, doc: mention.doc, ...sentenceAround(texts.get(mention.doc)!, mention.span) });
    }
    proposals.push({ ...candidate, context });
  }
  return proposals;
}

/** The sentence holding `span`: from the previous sentence end (or line break) to the next. */
export function sentenceAround(text: string, span: Span): { span: Span; text: string } {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start -= 1;
  while (start < span.start && /\s/.test(text[start]!)) start += 1;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return { span: { start, end }, text: text.slice(start, end) };
}
