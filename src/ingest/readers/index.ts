/**
 * Readers: turn files, directories, urls and feeds into `RawDocument`s (text plus metadata, with proposed
 * drops). `readInput` is the entry point; the rest is exported for callers that already hold the text.
 */
export { readInput } from './read-input.js';
export type { ReadInputOptions, ReadOutcome } from './read-input.js';
export { walkInputs, isUrl } from './walk-inputs.js';
export { decodeInput, MAX_INPUT_BYTES } from './decode-input.js';
export type { DecodedInput, DecodeOptions } from './decode-input.js';
export { sniffFormat, ARTICLE_EXTENSIONS } from './sniff-format.js';
export { readText, findTextTitle } from './text-reader.js';
export type { TextTitle } from './text-reader.js';
export { readHtml, extractHtmlArticle, isTruncatedHtml } from './html-reader.js';
export type { HtmlArticle } from './html-reader.js';
export { htmlFragmentToText, htmlFragmentBlocks } from './html-fragment-to-text.js';
export { readJsonLines } from './jsonl-reader.js';
export type { JsonLinesResult } from './jsonl-reader.js';
export { readFeed } from './feed-reader.js';
export type { FeedResult } from './feed-reader.js';
export { fetchUrl, USER_AGENT, ACCEPTED_CONTENT_TYPES } from './fetch-url.js';
export type { FetchOptions, FetchedUrl } from './fetch-url.js';
