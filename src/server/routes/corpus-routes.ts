import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { buildActorReport } from '../../service/corpus-service.js';
import { buildEventReport } from '../../service/event-service.js';
import { buildQuoteReport } from '../../service/quote-service.js';
import { buildStanceOverview } from '../../service/stance-service.js';
import type { ApiOptions } from '../app.js';
import {
  daySchema,
  errorResponses,
  eventKindSchema,
  nameFilter,
  pageOf,
  pageQuery,
  pageSchema,
} from '../api-schemas.js';

const EVENT_STATUSES = ['announced', 'planned', 'held', 'postponed', 'cancelled', 'unknown'] as const;

/** A paginated GET route whose query is `pageQuery` plus `filters`. */
function listRoute<F extends Record<string, z.ZodType>>(
  path: string,
  name: string,
  summary: string,
  filters: F,
) {
  return createRoute({
    method: 'get',
    path,
    summary,
    request: { query: z.object({ ...pageQuery, ...filters }) },
    responses: {
      200: {
        description: `a page of ${name}`,
        content: { 'application/json': { schema: pageSchema(name) } },
      },
      ...errorResponses,
    },
  });
}

const actors = listRoute('/api/actors', 'Actor', "The who's who: actors by number of articles", {});

const events = listRoute('/api/events', 'Event', 'Events merged across articles, by date, with lifecycle', {
  actor: nameFilter('only events with a participant whose name contains this'),
  kind: eventKindSchema,
  status: z
    .enum(EVENT_STATUSES)
    .optional()
    .openapi({ description: 'only events whose latest status is this' }),
  from: daySchema,
  to: daySchema,
});

const quotes = listRoute('/api/quotes', 'Quote', 'Quotes with speakers resolved across articles', {
  speaker: nameFilter("only quotes whose speaker's name or description contains this"),
  issue: nameFilter('only quotes on this story-pack issue'),
});

const stances = listRoute(
  '/api/stances',
  'StanceCell',
  'The positions matrix: one item per actor × issue cell',
  {
    actor: nameFilter('only cells of actors whose name contains this'),
    issue: nameFilter('only cells of this issue'),
  },
);

/** `/api/actors`, `/api/events`, `/api/quotes` and `/api/stances`: the record built across articles. */
export function registerCorpusRoutes(app: OpenAPIHono, { store, pack }: ApiOptions): void {
  app.openapi(actors, async (c) => {
    const query = c.req.valid('query');
    return c.json(pageOf((await buildActorReport(store, pack)).actors, query), 200);
  });
  app.openapi(events, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    return c.json(pageOf((await buildEventReport(store, filter)).events, { limit, offset }), 200);
  });
  app.openapi(quotes, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    return c.json(pageOf((await buildQuoteReport(store, pack, filter)).quotes, { limit, offset }), 200);
  });
  app.openapi(stances, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    return c.json(pageOf((await buildStanceOverview(store, filter)).cells, { limit, offset }), 200);
  });
}
