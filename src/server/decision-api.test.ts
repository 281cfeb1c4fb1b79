import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

const TOKEN = 'secret-token';
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ writeToken: TOKEN });
});
afterAll(async () => api.cleanup());

const send = async (method: string, path: string, body?: unknown, token: string | null = TOKEN) => {
  const response = await api.app.request(path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

interface EventItem {
  id: string;
  date: { value: string | null };
  decisions?: string[];
}
const events = async (): Promise<EventItem[]> =>
  ((await api.get('/api/events?limit=500')).body as { items: EventItem[] }).items;

describe('/api/decisions', () => {
  it('refuses writes without the token (401) and bad kinds or targets (400), storing nothing', async () => {
    const good = { kind: 'confirm', target: 'quote:doc_x:1' };
    expect((await send('POST', '/api/decisions', good, null)).status).toBe(401);
    expect((await send('POST', '/api/decisions', good, 'wrong')).status).toBe(401);
    expect((await send('DELETE', '/api/decisions/dec_x', undefined, null)).status).toBe(401);
    const badKind = await send('POST', '/api/decisions', { kind: 'delete-all', target: 'quote:doc_x:1' });
    expect(badKind).toMatchObject({ status: 400, body: { error: { code: 'E_BAD_REQUEST' } } });
    const badTarget = await send('POST', '/api/decisions', {
      kind: 'set-date',
      target: 'quote:doc_x:1',
      value: { date: '2025-05-16' },
    });
    expect(badTarget.status).toBe(400);
    expect(JSON.stringify(badTarget.body)).toContain('not a target a set-date decision takes');
    const badValue = await send('POST', '/api/decisions', {
      kind: 'set-date',
      target: 'ev-doc_x-0',
      value: { date: 'May 16' },
    });
    expect(badValue.status).toBe(400);
    const hostile = await send('POST', '/api/decisions', {
      kind: 'reject',
      target: "event:ev-'; drop table decisions; --",
    });
    expect(hostile.status).toBe(400);
    expect((await api.get('/api/decisions?all=true')).body).toEqual({ decisions: [] });
  });

  it('records a decision, applies it to the kept reports at once, and revokes it', async () => {
    const [event] = await events();
    const posted = await send('POST', '/api/decisions', {
      kind: 'set-date',
      target: event!.id,
      value: { date: '2025-05-17' },
      author: 'ana',
      reason: 'the wire corrected it',
    });
    expect(posted).toMatchObject({
      status: 201,
      body: { kind: 'set-date', target: `event:${event!.id}`, author: 'ana' },
    });
    const id = posted.body.id as string;
    expect((await api.get('/api/decisions')).body).toEqual({ decisions: [posted.body] });
    const after = (await events()).find((e) => e.decisions?.includes(id));
    expect(after?.date.value).toBe('2025-05-17');
    const revoked = await send('DELETE', `/api/decisions/${id}`);
    expect(revoked).toMatchObject({ status: 200, body: { id } });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await events()).some((e) => e.decisions?.includes(id))).toBe(false);
    expect((await api.get('/api/decisions')).body).toEqual({ decisions: [] });
    expect((await send('DELETE', '/api/decisions/dec_none')).status).toBe(404);
  });

  it('lists proposals with their evidence', async () => {
    const { status, body } = await api.get('/api/proposals');
    expect(status).toBe(200);
    expect(Array.isArray((body as { proposals: unknown[] }).proposals)).toBe(true);
  });
});
