import type { Span } from './span.js';

/** What a name refers to. A nationality ("Russian") is a mention of its country. */
export type EntityKind = 'person' | 'organisation' | 'place';

/** The kind of a mention: an entity kind, or a nationality adjective that stands for its country. */
export type MentionKind = EntityKind | 'nationality';

/** Where a fact came from: read in this article's text, or taken from the story pack. */
export type FactBasis = 'text' | 'pack';

/**
 * A role as one article states it: "Russian Foreign Minister" → `{title: 'Foreign Minister', of: 'Russia'}`,
 * "Trump's son-in-law" → `{title: 'son-in-law', of: 'Donald Trump', relation: true}`.
 */
export interface Role {
  /** The title as written, without qualifier or country: "Foreign Minister", "special envoy". */
  title: string;
  /** What the role is of: a country or organisation name ("Russia", "NATO"), a person for a relation. */
  of: string | null;
  /** "former" and "then-" change the role's meaning: the holder no longer holds it, or held it then. */
  qualifier: 'former' | 'then' | 'acting' | null;
  /** True for a relation to a person ("son-in-law", "wife"), false for an office. */
  relation: boolean;
  /** The characters the role was read from (title, apposition or description). */
  evidence: Span;
  /** The date the role was stated: the article's reference date, or null when unknown. */
  date: string | null;
  basis: FactBasis;
}

/** A span that names something: a person, an organisation, a place or a nationality (issue #3). */
export interface Mention {
  span: Span;
  kind: MentionKind;
  /** Provenance tag of the matcher, e.g. `matcher/title`. */
  matcher: string;
  /** Id of the document-level entity this mention belongs to (`DocEntity.id`), e.g. `e3`. */
  entity: string;
  /** The role stated at this mention, if any. */
  role?: Role;
}

/** One alias with the number of times it was seen. */
export interface Alias {
  text: string;
  count: number;
}

/**
 * An entity inside one article: the mentions that name the same person, organisation or place.
 * "Starmer", "Prime Minister Keir Starmer" and "Sir Keir Starmer" are one `DocEntity`.
 */
export interface DocEntity {
  /** Unique within the document: `e1`, `e2`, … in order of first mention. */
  id: string;
  kind: EntityKind;
  /** The fullest name seen ("Keir Starmer"), or the story pack's name when a pack actor matched. */
  name: string;
  /** Every surface form seen, with counts, in order of first appearance. */
  aliases: Alias[];
  /** Roles stated in this article, in order of appearance. */
  roles: Role[];
  /** Story-pack actor id when the entity matched a pack actor. */
  packActor?: string;
  /** `text` when the name was read in the article; `pack` when the pack supplied the canonical name. */
  basis: FactBasis;
}
