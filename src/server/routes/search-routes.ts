import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { factIndexOf, SEARCH_KINDS, searchFacts } from '../../service/search-service.js';
import type { FactEntry } from '../../service/search-service.js';
import { cachedReports } from '../cached-reports.js';
import type { SearchHit } from '../../service/search-service.js';
import type { ApiContext } from '../app.js';
import { errorResponses, pageOf, pageQuery, pageSchema } from '../api-schemas.js';
import { MAX_SEARCH_HITS } from './document-routes.js';

const search = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search the facts of the record (actors, events, stances, quotes) and the full text of articles',
  request: {
    query: z.object({
      ...pageQuery,
      q: z
        .string()
        .trim()
        .min(1, 'give some words to search for')
        .max(500, 'at most 500 characters')
        .openapi({ description: 'plain words; every word must match', example: 'Witkoff Moscow' }),
      kind: z
        .enum(SEARCH_KINDS as [string, ...string[]])
        .optional()
        .openapi({ description: 'only hits of this kind' }),
    }),
  },
  responses: {
    200: {
      description:
        'hits: facts first (actor, event, stance, quote), then articles best first; each cites docId:start-end',
      content: { 'application/json': { schema: pageSchema('SearchHit') } },
    },
    ...errorResponses,
  },
});

/** The fact index, made of the same kept reports the listing routes serve. */
async function factIndex(context: ApiContext): Promise<FactEntry[]> {
  const reports = cachedReports(context);
  return factIndexOf({
    actors: await reports.actors(),
    events: await reports.events(),
    stances: await reports.stances(),
    quotes: await reports.quotes(),
  });
}

/** `/api/search`: the record's facts by their words, then articles by full-text search, one paged list. */
export function registerSearchRoutes(app: OpenAPIHono, context: ApiContext): void {
  const { store, cache } = context;
  app.openapi(search, async (c) => {
    const { q, kind, limit, offset } = c.req.valid('query');
    const index = await cache.get('facts', () => factIndex(context));
    const hits: SearchHit[] = kind === 'document' ? [] : searchFacts(index, q, kind as SearchHit['kind']);
    if (!kind || kind === 'document') {
      for (const hit of await store.search(q, { limit: MAX_SEARCH_HITS })) {
        hits.push({
          kind: 'document',
          id: hit.id,
          label: hit.title ?? hit.id,
          snippet: hit.snippet,
          highlights: hit.highlights,
          docId: hit.id,
          start: null,
          end: null,
        });
      }
    }
    return c.json(pageOf(hits, { limit, offset }), 200);
  });
}
