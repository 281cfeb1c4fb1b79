import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiContext } from '../app.js';
import { cachedReports, documentFilter } from '../cached-reports.js';
import { daySchema, errorResponses, pageOf, pageQuery, pageSchema, sourceQuery } from '../api-schemas.js';

const contradictions = createRoute({
  method: 'get',
  path: '/api/contradictions',
  summary: 'Where sources disagree (roles, event dates and outcomes, counts), claims side by side',
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: 'a page of contradictions',
      content: { 'application/json': { schema: pageSchema('Contradiction') } },
    },
    ...errorResponses,
  },
});

const sources = createRoute({
  method: 'get',
  path: '/api/sources',
  summary: "Outlets with their articles' quality scores, worst first",
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: 'a page of outlets',
      content: { 'application/json': { schema: pageSchema('Source') } },
    },
    ...errorResponses,
  },
});

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Every dated time expression of the articles, in date order, each cited',
  request: { query: z.object({ ...pageQuery, from: daySchema, to: daySchema, ...sourceQuery }) },
  responses: {
    200: {
      description: 'a page of timeline items',
      content: { 'application/json': { schema: pageSchema('TimelineItem') } },
    },
    ...errorResponses,
  },
});

const brief = createRoute({
  method: 'get',
  path: '/api/brief',
  summary: "The brief: key points, timeline, who's who, positions, open questions, sources",
  request: {
    query: z.object({
      minQuality: z.coerce
        .number()
        .min(0)
        .max(1)
        .default(0)
        .openapi({ description: 'leave out articles whose quality score is below this (0–1)', example: 0.6 }),
    }),
  },
  responses: {
    200: {
      description: 'the brief (not paginated)',
      content: { 'application/json': { schema: z.record(z.string(), z.any()).openapi('Brief') } },
    },
    ...errorResponses,
  },
});

/** `/api/contradictions`, `/api/sources`, `/api/timeline` and `/api/brief`: reports over the whole record. */
export function registerReportRoutes(app: OpenAPIHono, context: ApiContext): void {
  const reports = cachedReports(context);
  app.openapi(contradictions, async (c) => {
    const all = await reports.contradictions();
    return c.json(pageOf(all, c.req.valid('query')), 200);
  });
  app.openapi(sources, async (c) => {
    const all = await reports.sources();
    return c.json(pageOf(all, c.req.valid('query')), 200);
  });
  app.openapi(timeline, async (c) => {
    const { limit, offset, from, to, source, minQuality } = c.req.valid('query');
    const all = await reports.timeline();
    const fromDoc = await documentFilter(context, { source, minQuality });
    const kept = all.filter(
      (item) => (!from || item.to >= from) && (!to || item.from <= to) && (!fromDoc || fromDoc(item.doc)),
    );
    return c.json(pageOf(kept, { limit, offset }), 200);
  });
  app.openapi(brief, async (c) => {
    const { minQuality } = c.req.valid('query');
    const result = await reports.brief(minQuality);
    return c.json(result as unknown as Record<string, unknown>, 200);
  });
}
