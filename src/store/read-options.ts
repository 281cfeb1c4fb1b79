import { ParleyError } from '../model/index.js';
import type { ListOptions, SearchOptions } from './store.js';

/** The page size of a listing when the caller gives none. */
export const DEFAULT_LIST_LIMIT = 50;
/** The number of search hits when the caller gives none. */
export const DEFAULT_SEARCH_LIMIT = 20;

function checkCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ParleyError('E_USAGE', `${name} must be a non-negative integer, got ${String(value)}`, {
      hint: `pass ${name} as a whole number of 0 or more`,
    });
  }
  return value;
}

/**
 * A listing's limit and offset with defaults applied; anything but a non-negative integer fails with
 * E_USAGE, because a NaN or negative offset would silently page wrong in SQL.
 */
export function resolveListOptions(options: ListOptions = {}): { limit: number; offset: number } {
  return {
    limit: checkCount('limit', options.limit ?? DEFAULT_LIST_LIMIT),
    offset: checkCount('offset', options.offset ?? 0),
  };
}

/** A search's limit with its default applied, checked as `resolveListOptions` checks a listing's. */
export function resolveSearchLimit(options: SearchOptions = {}): number {
  return checkCount('limit', options.limit ?? DEFAULT_SEARCH_LIMIT);
}
