export { eventExtractor } from './event-extractor.js';
export { findEvents } from './find-events.js';
export { eventInput } from './event-input.js';
export type { EventCandidate, EventInput, EventMatcher, EventRefiner } from './event-input.js';
