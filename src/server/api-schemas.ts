import { z } from '@hono/zod-openapi';
import { EVENT_KINDS } from '../model/index.js';

/** The most items one page returns: large enough for a table, small enough to keep responses quick. */
export const MAX_PAGE_SIZE = 500;

/** The page size when a request names none. */
export const DEFAULT_PAGE_SIZE = 50;

/** `limit` and `offset`, shared by every listing route so paging reads the same everywhere. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `page size, 1–${MAX_PAGE_SIZE}`, example: DEFAULT_PAGE_SIZE }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'items to skip', example: 0 }),
};

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 2025-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A calendar day filter: `from` and `to` are inclusive and compare against the item's day. */
export const daySchema = z
  .string()
  .refine(isCalendarDay, { message: 'expected a date YYYY-MM-DD that exists' })
  .optional()
  .openapi({ description: 'a day, YYYY-MM-DD (inclusive)', example: '2025-05-16' });

/** An event kind, one of EVENT_KINDS: an unknown kind is a client error, not an empty page. */
export const eventKindSchema = z
  .enum(EVENT_KINDS as [string, ...string[]])
  .optional()
  .openapi({ description: 'event kind' });

/** A case-insensitive substring filter on a name. */
export const nameFilter = (description: string) => z.string().min(1).optional().openapi({ description });

/** The body of every error response: a stable code and a message naming what to fix. */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

/**
 * A page of a listing. Items are described loosely here: their exact shapes are the service types
 * (src/service) and the export schema, which the OpenAPI document would otherwise duplicate.
 */
export function pageSchema(name: string) {
  return z
    .object({
      items: z.array(z.any()).openapi({ description: `${name} on this page` }),
      total: z.number().int().openapi({ description: 'items matching the filters, over all pages' }),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(`${name}Page`);
}

/** The responses every GET route shares besides its 200. */
export const errorResponses = {
  400: {
    description: 'a query parameter is invalid (E_BAD_REQUEST)',
    content: { 'application/json': { schema: errorSchema } },
  },
};

/** The page of `items` the query asked for, with the total before paging. */
export function pageOf<T>(
  items: readonly T[],
  query: { limit: number; offset: number },
): { items: T[]; total: number; limit: number; offset: number } {
  return {
    items: items.slice(query.offset, query.offset + query.limit),
    total: items.length,
    limit: query.limit,
    offset: query.offset,
  };
}

/** The filters on where a fact comes from, shared by the listings of facts. */
export const sourceQuery = {
  source: z.string().min(1).optional().openapi({
    description: 'only facts reported by an outlet whose name contains this',
    example: 'Reuters',
  }),
  minQuality: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .openapi({ description: 'only facts reported by an article whose quality score is at least this (0–1)' }),
};
