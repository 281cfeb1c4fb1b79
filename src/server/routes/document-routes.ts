import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiOptions } from '../app.js';
import { errorResponses, errorSchema, pageQuery, pageSchema } from '../api-schemas.js';

/** How many search hits a `q` listing considers: its `total` is capped here. */
export const MAX_SEARCH_HITS = 1000;

const listDocuments = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'List stored documents in ingest order, or search their full text with q',
  request: {
    query: z.object({
      ...pageQuery,
      q: z
        .string()
        .optional()
        .openapi({ description: 'plain words; every word must match; best hits first' }),
    }),
  },
  responses: {
    200: {
      description:
        'document summaries, or search hits (id, title, snippet, highlights, rank) when q is given',
      content: { 'application/json': { schema: pageSchema('Document') } },
    },
    ...errorResponses,
  },
});

const getDocument = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'One stored document with its text, metadata and layers',
  request: { params: z.object({ id: z.string().min(1).openapi({ description: 'document id' }) }) },
  responses: {
    200: {
      description: 'the document as stored',
      content: { 'application/json': { schema: z.record(z.string(), z.any()).openapi('StoredDocument') } },
    },
    404: { description: 'no document has this id', content: { 'application/json': { schema: errorSchema } } },
    ...errorResponses,
  },
});

/** `/api/documents` (list or search, paginated) and `/api/documents/{id}`. */
export function registerDocumentRoutes(app: OpenAPIHono, { store }: ApiOptions): void {
  app.openapi(listDocuments, async (c) => {
    const { limit, offset, q } = c.req.valid('query');
    if (q !== undefined && q.trim() !== '') {
      const hits = await store.search(q, { limit: MAX_SEARCH_HITS });
      return c.json({ items: hits.slice(offset, offset + limit), total: hits.length, limit, offset }, 200);
    }
    const [items, total] = [await store.listDocuments({ limit, offset }), await store.countDocuments()];
    return c.json({ items, total, limit, offset }, 200);
  });
  app.openapi(getDocument, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.getDocument(id);
    if (doc === null) {
      return c.json({ error: { code: 'E_NOT_FOUND', message: `no document with id ${id}` } }, 404);
    }
    return c.json(doc as unknown as Record<string, unknown>, 200);
  });
}
