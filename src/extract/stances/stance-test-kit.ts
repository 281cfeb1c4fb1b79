import type { Document, Span, StoryPack } from '../../model/index.js';
import { defaultPipeline, runPipeline, textDocument } from '../../pipeline/index.js';
import { resolvePack } from '../../packs/index.js';

/** The fixed reference date every stance test uses. */
export const REFERENCE_DATE = '2025-03-05';

const pipeline = defaultPipeline();
let builtIn: StoryPack | null = null;

/** The built-in Ukraine pack, read once. */
export function ukrainePack(): StoryPack {
  builtIn ??= resolvePack('ukraine-peace-talks');
  return builtIn;
}

/** A document whose clean text is `text` exactly, run through the built-in pipeline with `pack`. */
export function annotate(text: string, pack: StoryPack | null): Document {
  return runPipeline(pipeline, textDocument(text, 'test'), { referenceDate: REFERENCE_DATE, pack });
}

/** A stance flattened for table tests: holder, country, issue, position, and the words of each span. */
export interface StanceView {
  actor: string;
  country: string | null;
  issue: string;
  position: string;
  positionCue: string | null;
  issueCue: string;
  evidence: string;
  evidenceSpan: Span;
  quote: number | null;
  date: string | null;
  confidence: number;
  basis: string;
}

/** The stances of a text (the built-in pack unless `pack` is given), flattened. */
export function stancesOf(text: string, pack: StoryPack | null = ukrainePack()): StanceView[] {
  const doc = annotate(text, pack);
  const slice = (span: Span): string => doc.text.slice(span.start, span.end);
  return (doc.layers.stances ?? []).map((s) => ({
    actor: s.actor.name,
    country: s.country?.name ?? null,
    issue: s.issue,
    position: s.position,
    positionCue: s.positionCue ? slice(s.positionCue) : null,
    issueCue: slice(s.issueCue),
    evidence: slice(s.span),
    evidenceSpan: s.span,
    quote: s.quote,
    date: s.date,
    confidence: s.confidence,
    basis: s.basis,
  }));
}
