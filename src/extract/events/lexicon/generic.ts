/**
 * Context that makes an event word a topic, not a report: "the future of peace talks", "the role of the
 * summit", "the peace process". Each is matched on the tokens just before the trigger.
 */
export const GENERIC_BEFORE: readonly string[] = [
  'future of',
  'role of',
  'success of',
  'prospect of',
  'prospects of',
  'prospects for',
  'path to',
  'progress in',
  'progress toward',
  'progress towards',
  'topic of',
  'issue of',
  'question of',
  'idea of',
  'kind of',
  'type of',
  'importance of',
  'significance of',
  'outcome of',
  'outcomes of',
  'direction of',
  'terms of',
  'viability of',
  'effectiveness of',
  'in negotiating',
];

/** Words right after the trigger that make it a modifier of something else: "talks process", "deal terms". */
export const GENERIC_AFTER: ReadonlySet<string> = new Set([
  'process',
  'processes',
  'strategy',
  'strategies',
  'terms',
  'table',
  'framework',
  'efforts',
  'format',
  'track',
  'team',
  'teams',
  'partner',
  'partners',
  'position',
  'positions',
]);

/** Event words that name no negotiation event: "press conference" is a briefing, not a meeting. */
export const NOT_EVENT_BEFORE: ReadonlySet<string> = new Set(['press', 'news']);

/** After "call": a verb of asking, not a phone call ("a call for restraint", "a call to arms"). */
export const CALL_NOT_AFTER: ReadonlySet<string> = new Set(['for', 'to', 'on', 'from']);
