import type { EntityKind } from './entity.js';

/**
 * A story pack: what Parley knows about one story beforehand, as data (see docs/story-packs.md). A pack
 * only adds knowledge; every fact taken from it says so (`basis: 'pack'`).
 */
export interface StoryPack {
  schema: 'parley.pack/1';
  /** Lower-case id: `ukraine-peace-talks`. */
  id: string;
  title: string;
  description?: string;
  issues: PackIssue[];
  actors: PackActor[];
  anchors: PackAnchor[];
  sources?: PackSourceNote[];
}

/** One issue of the story's taxonomy, with the phrases that signal it. */
export interface PackIssue {
  id: string;
  label: string;
  cues: string[];
}

/** A known actor with its spellings and roles over time. */
export interface PackActor {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: PackRole[];
}

/** A role held over a period; `from`/`to` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, open when absent. */
export interface PackRole {
  title: string;
  of: string | null;
  from?: string;
  to?: string;
}

/**
 * An event with a known date that other dates hang on: "full-scale invasion: 2022-02-24". Each cue is a
 * phrase whose words must appear in order within one sentence, a few words apart at most
 * ("summit Alaska" matches "a summit between the two leaders in Alaska").
 */
export interface PackAnchor {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** Last day, for events that last several days (a conference). */
  end?: string;
  cues: string[];
}

/** A note about a source, shown beside its articles. */
export interface PackSourceNote {
  name: string;
  domain?: string;
  note: string;
}
