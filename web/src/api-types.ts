/**
 * The shapes the JSON API answers, as the workbench reads them. They mirror src/service (brief, reports)
 * and src/model (the stored document) but are declared here so the web build needs nothing from Node.
 */

export interface Span {
  start: number;
  end: number;
}

/** A citation: a document and a character span of its clean text. */
export interface Citation {
  doc: string;
  span: Span;
  text?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface BriefCell {
  text: string;
  cites: Citation[];
}

export interface KeyPoint {
  point: string;
  says: BriefCell;
  disputed: boolean;
  otherSide: BriefCell[];
}

export interface Brief {
  keyPoints: KeyPoint[];
  timeline: Array<{ date: string | null; kind: string; label: string; status: string; lifecycle: BriefCell }>;
  who: Array<{ name: BriefCell; role: BriefCell | null; articles: number }>;
  positions: Array<{
    actor: string;
    issue: string;
    position: string;
    date: string | null;
    moved: boolean;
    evidence: BriefCell;
  }>;
  openQuestions: BriefCell[];
  sources: {
    used: Array<{ doc: string; title: string | null; source: string; score: number }>;
    leftOut: Array<{ doc: string; title: string | null; source: string; score: number; reason?: string }>;
  };
}

export interface ActorRole {
  title: string;
  of: string | null;
  qualifier: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** `text` when articles state the role (then `sources` cite them), `pack` when the story pack does. */
  basis?: string;
  /** For a pack role: the day it began. */
  from?: string;
  /** The first 20 sources (in `/api/actors`); `sourceCount` is how many there are in all. */
  sources: Citation[];
  sourceCount?: number;
}

export interface Actor {
  id: string;
  kind: string;
  name: string;
  packActor: string | null;
  aliases: Array<{ text: string; count: number }>;
  roles: ActorRole[];
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The first 20 mentions; `mentionCount` is how many there are in all. */
  mentions: Citation[];
  mentionCount?: number;
  /** Ids of the analyst decisions (merges, splits) that made this entry. */
  decisions?: string[];
}

export interface LifecycleStep {
  status: string;
  published: string | null;
  doc: string;
  span: Span;
}

export interface EventItem {
  id: string;
  kind: string;
  label: string;
  status: string;
  date: { value: string; precision: string; basis: string } | null;
  place: string | null;
  participantNames: string[];
  outcome: { text: string; doc: string; span: Span } | null;
  reports: number;
  lifecycle: LifecycleStep[];
  mentions: Array<{ doc: string; span: Span; status: string; published: string | null }>;
  decisions?: string[];
  confirmed?: boolean;
}

export interface Quote {
  id: string;
  doc: string;
  span: Span;
  text: string;
  kind: string;
  /** The speaker's actor id, or the words describing an unnamed speaker ("Zelensky's office"). */
  speaker: string | { description: string } | null;
  speakerName: string | null;
  date: string | null;
  issues: string[];
  statement?: string | null;
  copyOf?: string | null;
  decisions?: string[];
  confirmed?: boolean;
}

export interface Stance {
  id: string;
  position: string;
  from: string | null;
  date: string | null;
  confidence: number;
  evidence: Array<{ doc: string; span: Span; date: string | null }>;
  decisions?: string[];
  confirmed?: boolean;
}

export interface StanceCell {
  actor: string;
  actorName: string;
  issue: string;
  latest: Stance;
  history: Stance[];
  shifted: boolean;
}

export interface SourceArticle {
  id: string;
  title: string | null;
  published: string | null;
  score: number;
  top: Array<{ code: string; cost: number }>;
  duplicateOf: string | null;
}

export interface SourceOutlet {
  name: string;
  score: number;
  articles: SourceArticle[];
}

export interface Signal {
  code: string;
  severity: string;
  detail: string;
  text?: string;
  rawSpan?: Span;
  by?: string;
}

export interface StoredDocument {
  id: string;
  format: string;
  text: string;
  raw: string;
  title: { text: string; span: Span | null } | null;
  meta: Record<string, unknown>;
  source: { name: string | null; url: string | null } | null;
  published: { value: string; precision: string; basis: string } | null;
  signals: Signal[];
  layers: {
    mentions?: Array<{ span: Span; kind: string; entity: string | null }>;
    entities?: Array<{ id: string; name: string; kind: string }>;
    times?: Array<{ span: Span; type: string; value: string | null }>;
    quotes?: Array<{ span: Span; kind: string; speaker: { entity: string | null } | null }>;
    eventMentions?: Array<{ span: Span; kind: string; status: string }>;
    quality?: Signal[];
  };
}

/** One hit of `/api/search`, or of the `/api/documents?q=` fallback mapped to the same shape. */
export interface SearchHit {
  kind: string;
  id: string;
  label: string;
  snippet: string;
  docId: string | null;
  start: number | null;
  end: number | null;
}

/** A merge proposal of `/api/proposals`: two actors that look alike, with the evidence. */
export interface Proposal {
  /** `actors:<id>+<id>`: what Accept (merge-actors) and Reject (reject) take. */
  target: string;
  actors: [string, string];
  names: [string, string];
  kind: string;
  signals: string[];
  sharedAliases: string[];
  sharedRoles: string[];
  coMentions: string[];
  score: number;
  context: Array<{ actor: string; doc: string; span: Span; text: string }>;
}
