import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => api.cleanup());

/** Bad input, the parameter the message must name, and a word of what was wrong. */
const BAD: Array<[path: string, parameter: string, reason: RegExp]> = [
  ['/api/events?limit=0', 'limit', />=\s*1/],
  ['/api/events?limit=501', 'limit', /<=\s*500/],
  ['/api/documents?limit=ten', 'limit', /number/i],
  ['/api/actors?limit=2.5', 'limit', /int/i],
  ['/api/quotes?offset=-1', 'offset', />=\s*0/],
  ['/api/events?from=2025-13-45', 'from', /YYYY-MM-DD/],
  ['/api/events?to=2025-02-30', 'to', /YYYY-MM-DD/],
  ['/api/timeline?from=16 May 2025', 'from', /YYYY-MM-DD/],
  ['/api/brief?minQuality=2', 'minQuality', /<=\s*1/],
  ['/api/brief?minQuality=-0.1', 'minQuality', />=\s*0/],
  ['/api/events?kind=picnic', 'kind', /talks/],
  ['/api/events?status=maybe', 'status', /held/],
];

describe('400 E_BAD_REQUEST', () => {
  it.each(BAD)('%s names %s', async (path, parameter, reason) => {
    const { status, body } = await api.get(path);
    expect(status).toBe(400);
    const error = (body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('E_BAD_REQUEST');
    expect(error.message.startsWith(`${parameter}: `)).toBe(true);
    expect(error.message).toMatch(reason);
  });

  it('accepts the edges of each range', async () => {
    for (const path of ['/api/events?limit=1', '/api/events?limit=500', '/api/brief?minQuality=1']) {
      expect((await api.get(path)).status, path).toBe(200);
    }
    expect((await api.get('/api/events?from=2024-02-29')).status).toBe(200);
  });
});

describe('unknown routes', () => {
  it('answers 404 E_NOT_FOUND in the same error shape', async () => {
    expect(await api.get('/api/nothing-here')).toEqual({
      status: 404,
      body: { error: { code: 'E_NOT_FOUND', message: 'no route GET /api/nothing-here' } },
    });
  });
});

describe('/api/openapi.json', () => {
  it('is an OpenAPI 3 document with a path per route, generated from the route schemas', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    const doc = body as {
      openapi: string;
      paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }> } }>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/actors',
      '/api/brief',
      '/api/contradictions',
      '/api/decisions',
      '/api/decisions/{id}',
      '/api/documents',
      '/api/documents/{id}',
      '/api/events',
      '/api/ingest',
      '/api/jobs',
      '/api/jobs/{id}',
      '/api/jobs/{id}/events',
      '/api/proposals',
      '/api/quotes',
      '/api/search',
      '/api/sources',
      '/api/stances',
      '/api/timeline',
    ]);
    const names = (path: string) => doc.paths[path]?.get?.parameters?.map((p) => p.name).sort();
    expect(names('/api/events')).toEqual([
      'actor',
      'from',
      'kind',
      'limit',
      'minQuality',
      'offset',
      'source',
      'status',
      'to',
    ]);
    expect(names('/api/brief')).toEqual(['minQuality']);
    expect(names('/api/documents/{id}')).toEqual(['id']);
    expect(names('/api/search')).toEqual(['kind', 'limit', 'offset', 'q']);
  });

  it('validates against the OpenAPI 3.0 schema', async () => {
    const { body } = await api.get('/api/openapi.json');
    const result = await new Validator().validate(body as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
