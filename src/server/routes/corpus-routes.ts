import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { keepEvent } from '../../service/event-service.js';
import { quoteMatches } from '../../service/quote-service.js';
import type { ApiContext } from '../app.js';
import { cachedReports, documentFilter } from '../cached-reports.js';
import {
  daySchema,
  errorResponses,
  eventKindSchema,
  nameFilter,
  pageOf,
  pageQuery,
  pageSchema,
  sourceQuery,
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

const actors = listRoute(
  '/api/actors',
  'Actor',
  "The who's who: actors by number of articles; each lists its first 20 mentions and `mentionCount`, and each role its first 20 sources and `sourceCount`",
  {},
);

const events = listRoute(
  '/api/events',
  'Event',
  'Events merged across articles, by date, with lifecycle; each lists its first 20 mentions and `mentionCount`',
  {
    ...sourceQuery,
    actor: nameFilter('only events with a participant whose name contains this'),
    kind: eventKindSchema,
    status: z
      .enum(EVENT_STATUSES)
      .optional()
      .openapi({ description: 'only events whose latest status is this' }),
    from: daySchema,
    to: daySchema,
  },
);

const quotes = listRoute('/api/quotes', 'Quote', 'Quotes with speakers resolved across articles', {
  ...sourceQuery,
  speaker: nameFilter("only quotes whose speaker's name or description contains this"),
  issue: nameFilter('only quotes on this story-pack issue'),
  from: daySchema,
  to: daySchema,
});

const stances = listRoute(
  '/api/stances',
  'StanceCell',
  'The positions matrix: one item per actor × issue cell',
  {
    actor: nameFilter('only cells of actors whose name contains this'),
    issue: nameFilter('only cells of this issue'),
    ...sourceQuery,
  },
);

/**
 * The most mentions an actor or event carries in a listing; `mentionCount` gives them all. An actor of a
 * 75,000-article store has tens of thousands (a who's who page was 214 MB); the export keeps every one.
 */
export const MAX_LISTED_MENTIONS = 20;

/** An item with its mentions cut to `MAX_LISTED_MENTIONS`, first first, and their full number. */
export function withListedMentions<T extends { mentions: readonly unknown[] }>(
  item: T,
): T & { mentionCount: number } {
  return {
    ...item,
    mentions: item.mentions.slice(0, MAX_LISTED_MENTIONS),
    mentionCount: item.mentions.length,
  };
}

/**
 * An actor as the who's who lists it: its first `MAX_LISTED_MENTIONS` mentions, and each role's first
 * `MAX_LISTED_MENTIONS` sources with `sourceCount` (a head of state's title is cited by most of a big store:
 * the role sources made a 100,000-article who's who page 26 MB).
 */
export function listedActor<
  T extends { mentions: readonly unknown[]; roles: ReadonlyArray<{ sources: readonly unknown[] }> },
>(actor: T): T & { mentionCount: number } {
  return {
    ...withListedMentions(actor),
    roles: actor.roles.map((role) => ({
      ...role,
      sources: role.sources.slice(0, MAX_LISTED_MENTIONS),
      sourceCount: role.sources.length,
    })),
  };
}

/** `/api/actors`, `/api/events`, `/api/quotes` and `/api/stances`: the record built across articles. */
export function registerCorpusRoutes(app: OpenAPIHono, context: ApiContext): void {
  const reports = cachedReports(context);
  app.openapi(actors, async (c) => {
    const query = c.req.valid('query');
    const report = await reports.actors();
    const page = pageOf(report.actors, query);
    return c.json({ ...page, items: page.items.map(listedActor) }, 200);
  });
  app.openapi(events, async (c) => {
    const { limit, offset, source, minQuality, ...filter } = c.req.valid('query');
    const report = await reports.events();
    const fromDoc = await documentFilter(context, { source, minQuality });
    const kept = report.events.filter(
      (event) => keepEvent(event, filter) && (!fromDoc || event.mentions.some((m) => fromDoc(m.doc))),
    );
    const page = pageOf(kept, { limit, offset });
    return c.json({ ...page, items: page.items.map(withListedMentions) }, 200);
  });
  app.openapi(quotes, async (c) => {
    const { limit, offset, source, minQuality, ...filter } = c.req.valid('query');
    const report = await reports.quotes();
    const fromDoc = await documentFilter(context, { source, minQuality });
    const kept = report.quotes.filter(
      (quote) => quoteMatches(quote, filter) && (!fromDoc || fromDoc(quote.doc)),
    );
    return c.json(pageOf(kept, { limit, offset }), 200);
  });
  app.openapi(stances, async (c) => {
    const { limit, offset, actor, issue, source, minQuality } = c.req.valid('query');
    const overview = await reports.stances();
    const needle = actor?.toLowerCase();
    const fromDoc = await documentFilter(context, { source, minQuality });
    const kept = overview.cells.filter(
      (cell) =>
        (!issue || cell.issue === issue) &&
        (!needle || cell.actorName.toLowerCase().includes(needle)) &&
        (!fromDoc || cell.history.some((run) => run.evidence.some((e) => fromDoc(e.doc)))),
    );
    return c.json(pageOf(kept, { limit, offset }), 200);
  });
}
