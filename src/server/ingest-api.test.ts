import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IngestJob } from './ingest-jobs.js';
import type { TestApi } from './test-api.js';
import { openTestApi } from './test-api.js';

/**
 * POST /api/ingest and /api/jobs against a real SQLite store: uploads and urls become jobs that run the
 * real ingest, progress is polled or streamed, bad requests are 400s naming what is wrong, the token
 * guards writes, and the upload limit answers 413.
 */

const ARTICLE = `Envoys Agree to Meet Again in Vienna

VIENNA — Negotiators from the two delegations agreed on Thursday to hold a further round of technical
talks on prisoner exchanges in Vienna next month, according to a statement from the Austrian foreign
ministry. "We have narrowed the gaps on the lists," said the ministry's spokesperson, Katrin Oberhuber.
`;

const OTHER = `Grain Monitors Report Quiet Week at Black Sea Ports

ODESA — Inspectors counted forty-two grain ships leaving the ports this week, the highest number since
spring, port officials said on Friday. Shipping insurers said premiums had eased after the quieter week.
`;

function form(files: Array<[name: string, body: string | Uint8Array]>, urls: string[] = []): FormData {
  const data = new FormData();
  for (const [name, body] of files) data.append('file', new Blob([body]), name);
  for (const url of urls) data.append('url', url);
  return data;
}

async function finished(api: TestApi, id: string, token?: string): Promise<IngestJob> {
  for (let i = 0; i < 500; i++) {
    const response = await api.app.request(`/api/jobs/${id}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const job = (await response.json()) as IngestJob;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('POST /api/ingest (loopback server, no token)', () => {
  let api: TestApi;
  let site: Server;
  let siteUrl: string;
  beforeAll(async () => {
    api = await openTestApi({ allowPrivateUrls: false });
    site = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(request.url === '/other.txt' ? OTHER : ARTICLE);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => site.close(resolve));
    await api.cleanup();
  });

  it('ingests uploaded files as a job: one bad file is reported by its name and the rest go in', async () => {
    const before = await api.store.countDocuments();
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      body: form([
        ['vienna-round.txt', ARTICLE],
        [
          'photo.jpg',
          new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]),
        ],
      ]),
    });
    expect(response.status).toBe(202);
    const queued = (await response.json()) as IngestJob;
    expect(response.headers.get('location')).toBe(`/api/jobs/${queued.id}`);
    expect(queued.inputs).toEqual(['vienna-round.txt', 'photo.jpg']);
    const job = await finished(api, queued.id);
    expect(job.state).toBe('done');
    expect(job.ingested).toBe(1);
    expect(job.done).toBe(2);
    expect(job.failures).toHaveLength(1);
    expect(job.failures[0]?.input).toBe('photo.jpg');
    expect(await api.store.countDocuments()).toBe(before + 1);
    // The article is recorded at the name it was sent under, not at the server's temp path.
    const stored = await api.store.getDocument(job.documentIds[0]!);
    expect(stored?.locations.map((l) => l.ref)).toEqual(['upload:vienna-round.txt']);
  });

  it('changes nothing when the same file is sent again', async () => {
    const before = await api.store.countDocuments();
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      body: form([['again.txt', ARTICLE]]),
    });
    const job = await finished(api, ((await response.json()) as IngestJob).id);
    expect(job.ingested).toBe(0);
    expect(job.duplicates + job.newLocations).toBe(1);
    expect(await api.store.countDocuments()).toBe(before);
  });

  it('shows the new article in search and listings at once: kept reports are dropped after a job', async () => {
    const search = await api.get('/api/search?q=Oberhuber');
    expect(search.status).toBe(200);
    const hits = (search.body as { items: Array<{ kind: string; label: string }> }).items;
    expect(hits.some((hit) => hit.kind === 'actor' && hit.label.includes('Oberhuber'))).toBe(true);
    expect(hits.some((hit) => hit.kind === 'document')).toBe(true);
  });

  it('refuses a url on a loopback address unless the operator allows private urls', async () => {
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [`${siteUrl}/other.txt`] }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('E_BAD_REQUEST');
    expect(body.error.message).toMatch(/127\.0\.0\.1.*not a public address/);
  });

  it('fetches urls when private addresses are allowed, and streams the job as server-sent events', async () => {
    const open = await openTestApi({ allowPrivateUrls: true });
    try {
      const response = await open.app.request('/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ urls: [`${siteUrl}/other.txt`, `${siteUrl}/missing-host-part`] }),
      });
      expect(response.status).toBe(202);
      const { id } = (await response.json()) as IngestJob;
      const events = await open.app.request(`/api/jobs/${id}/events`);
      expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
      const stream = await events.text();
      const progress = [...stream.matchAll(/event: progress\ndata: (.*)\n/g)].map(
        (m) => JSON.parse(m[1]!) as IngestJob,
      );
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)?.state).toBe('done');
      expect(progress.at(-1)?.ingested).toBe(2);
      expect(stream).toMatch(/event: end\n/);
      expect((await open.get('/api/search?q=insurers&kind=document')).body).toMatchObject({ total: 1 });
    } finally {
      await open.cleanup();
    }
  });

  it.each([
    ['an empty form', () => form([]), /nothing to ingest/],
    ['a url that is not http', () => form([], ['ftp://example.org/a.txt']), /not http or https/],
  ])('answers 400 for %s', async (_name, body, message) => {
    const response = await api.app.request('/api/ingest', { method: 'POST', body: body() });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it('answers 415 for a body that is neither a form nor JSON', async () => {
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'https://example.org/a.html',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'E_UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('answers 400 naming urls when the JSON body has none', async () => {
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^urls: /);
  });

  it('answers 404 for an unknown job, and lists the jobs it ran', async () => {
    expect((await api.get('/api/jobs/job-nope')).status).toBe(404);
    const jobs = (await api.get('/api/jobs')).body as { items: IngestJob[] };
    expect(jobs.items.length).toBeGreaterThanOrEqual(2);
    expect(jobs.items.every((job) => job.state === 'done')).toBe(true);
  });
});

describe('POST /api/ingest with a token and a small upload limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi({ writeToken: 'correct-horse-battery', maxUploadBytes: 64 * 1024 });
  });
  afterEach(async () => {
    for (const job of ((await api.get('/api/jobs')).body as { items: IngestJob[] }).items) {
      await finished(api, job.id);
    }
  });
  afterAll(async () => api.cleanup());

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer correct-horse-battery-staple' }],
    ['another scheme', { authorization: 'Basic Y29ycmVjdC1ob3JzZQ==' }],
  ])('answers 401 with %s', async (_name, headers) => {
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers,
      body: form([['a.txt', ARTICLE]]),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'E_UNAUTHORIZED' } });
  });

  it('takes the job with the right token; reading the job needs none', async () => {
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers: { authorization: 'Bearer correct-horse-battery' },
      body: form([['grain.txt', OTHER]]),
    });
    expect(response.status).toBe(202);
    const job = await finished(api, ((await response.json()) as IngestJob).id);
    expect(job.ingested).toBe(1);
  });

  it('answers 413 for a request over the upload limit, and stores nothing', async () => {
    const before = await api.store.countDocuments();
    const response = await api.app.request('/api/ingest', {
      method: 'POST',
      headers: { authorization: 'Bearer correct-horse-battery' },
      body: form([['big.txt', `${ARTICLE}\n`.repeat(400)]]),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
    expect(await api.store.countDocuments()).toBe(before);
  });
});
