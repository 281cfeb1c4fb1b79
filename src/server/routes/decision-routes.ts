import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { buildProposals } from '../../decisions/proposal-service.js';
import { recordDecision } from '../../decisions/record-decision.js';
import { DECISION_KINDS } from '../../store/decisions.js';
import type { ApiContext } from '../app.js';
import { errorResponses, errorSchema } from '../api-schemas.js';
import { requireToken } from './ingest-routes.js';

const decisionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(DECISION_KINDS),
    target: z.string(),
    value: z.any(),
    author: z.string(),
    createdAt: z.string(),
    reason: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Decision');

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const unauthorized = { 401: json(errorSchema, 'the write token is missing or wrong (E_UNAUTHORIZED)') };

const list = createRoute({
  method: 'get',
  path: '/api/decisions',
  summary: 'The analyst decisions, in the order made',
  request: {
    query: z.object({
      all: z.enum(['true', 'false']).optional().openapi({ description: 'include revoked decisions' }),
    }),
  },
  responses: {
    200: json(z.object({ decisions: z.array(decisionSchema) }), 'the decisions'),
    ...errorResponses,
  },
});

/** Builds the POST route; the token check runs before the body is read, so a bad token is a 401, not a 400. */
function postRoute(token: string | null | undefined) {
  return createRoute({
    method: 'post',
    path: '/api/decisions',
    summary:
      'Record a decision (merge-actors, split-actor, set-date, reject, confirm, set-stance, set-speaker)',
    middleware: [requireToken(token)] as const,
    request: {
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({
              kind: z.enum(DECISION_KINDS),
              target: z.string().min(1).openapi({ example: 'event:ev-doc_1a2b3c4d5e6f7a8b-0' }),
              value: z
                .any()
                .optional()
                .openapi({ example: { date: '2025-05-16' } }),
              author: z.string().min(1).default('api'),
              reason: z.string().nullable().optional(),
            }),
          },
        },
      },
    },
    responses: { 201: json(decisionSchema, 'the stored decision'), ...errorResponses, ...unauthorized },
  });
}

function deleteRoute(token: string | null | undefined) {
  return createRoute({
    method: 'delete',
    path: '/api/decisions/{id}',
    summary: 'Revoke a decision: it stops applying and stays stored',
    middleware: [requireToken(token)] as const,
    request: { params: z.object({ id: z.string().min(1) }) },
    responses: {
      200: json(decisionSchema, 'the revoked decision'),
      404: json(errorSchema, 'no decision has this id (E_NOT_FOUND)'),
      ...unauthorized,
    },
  });
}

const proposals = createRoute({
  method: 'get',
  path: '/api/proposals',
  summary:
    'Actor pairs that look alike but were not merged, with evidence; accept with a merge-actors decision',
  responses: { 200: json(z.object({ proposals: z.array(z.any()) }), 'the proposals, best first') },
});

/** `/api/decisions` (list, record, revoke; writes need the token) and `/api/proposals`. */
export function registerDecisionRoutes(app: OpenAPIHono, context: ApiContext): void {
  app.openapi(list, async (c) => {
    const includeRevoked = c.req.valid('query').all === 'true';
    return c.json({ decisions: await context.store.listDecisions({ includeRevoked }) }, 200);
  });
  app.openapi(postRoute(context.writeToken), async (c) => {
    const decision = await recordDecision(context.store, c.req.valid('json'), new Date());
    context.cache.invalidate();
    return c.json(decision, 201);
  });
  app.openapi(deleteRoute(context.writeToken), async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await context.store.revokeDecision(id, new Date());
    if (!revoked) return c.json({ error: { code: 'E_NOT_FOUND', message: `no decision ${id}` } }, 404);
    context.cache.invalidate();
    return c.json(revoked, 200);
  });
  app.openapi(proposals, async (c) => {
    const found = await context.cache.get('proposals', () => buildProposals(context.store, context.pack));
    return c.json({ proposals: found }, 200);
  });
}
