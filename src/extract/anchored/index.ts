export { anchoredTimeExtractor } from './anchored-time-extractor.js';
export { findAnchoredTimes } from './find-anchored-times.js';
