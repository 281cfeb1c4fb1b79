/** Prepositions that introduce the place of an event: "talks in Istanbul", "a trip to Moscow". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'near', 'outside']);

/** Words after which a place is not where the event is: "from Kyiv", "towards Europe". */
export const NOT_PARTICIPANT_BEFORE: ReadonlySet<string> = new Set([
  'from',
  'towards',
  'toward',
  'against',
  'of',
]);

/** Cues that put the host after them: "hosted by X", "organised by X". */
export const HOST_AFTER: readonly string[] = [
  'hosted by',
  'host by',
  'organised by',
  'organized by',
  'chaired by',
];

/** Cues that put the host before them: "X hosted", "X received Y", "X welcomed Y". */
export const HOST_BEFORE: readonly string[] = [
  'hosted',
  'hosts',
  'hosting',
  'received',
  'welcomed',
  'convened',
];

/** How many tokens either side of the trigger its clause may reach. */
export const CLAUSE_REACH = { before: 16, after: 14 } as const;

/** Tokens that close a clause: the trigger's arguments and cues do not cross them. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')', '|', '?', '!']);
