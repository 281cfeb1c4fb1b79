import { timingSafeEqual } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { ParleyError } from '../../model/index.js';
import { MAX_INPUT_BYTES } from '../../ingest/readers/decode-input.js';
import type { ApiContext } from '../app.js';
import { errorResponses, errorSchema } from '../api-schemas.js';
import type { IngestJob, JobRequest } from '../ingest-jobs.js';
import { checkPublicUrl } from '../public-url.js';

/** Upload limits: the whole request, one file, and how many inputs one job takes. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_FILES_PER_JOB = 500;
export const MAX_URLS_PER_JOB = 100;

const jobSchema = z.record(z.string(), z.any()).openapi('IngestJob', {
  description:
    'state (queued, running, done, failed), done/total inputs, current input, ingested, duplicates, documentIds, failures and warnings (each naming its input and line)',
});

const authHeader = z.object({
  authorization: z
    .string()
    .optional()
    .openapi({ description: 'Bearer TOKEN: required when the server was started with a token' }),
});

const ingest = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Ingest uploaded files or urls as a background job; answers at once with the job to poll',
  request: {
    headers: authHeader,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            urls: z
              .array(z.string().min(1))
              .min(1, 'give at least one url')
              .max(MAX_URLS_PER_JOB, `at most ${MAX_URLS_PER_JOB} urls a job`)
              .openapi({ example: ['https://example.org/story.html'] }),
          }),
        },
        'multipart/form-data': {
          schema: z.object({
            file: z
              .any()
              .optional()
              .openapi({ type: 'string', format: 'binary', description: 'one or more article files' }),
            url: z.any().optional().openapi({ type: 'string', description: 'one or more urls' }),
          }),
        },
      },
    },
  },
  responses: {
    202: {
      description: 'the job, queued; poll Location (/api/jobs/{id}) or stream /api/jobs/{id}/events',
      content: { 'application/json': { schema: jobSchema } },
    },
    401: {
      description: 'no or wrong token (E_UNAUTHORIZED)',
      content: { 'application/json': { schema: errorSchema } },
    },
    413: {
      description: 'the request is larger than the server takes (E_TOO_LARGE)',
      content: { 'application/json': { schema: errorSchema } },
    },
    415: {
      description: 'the body is neither multipart/form-data nor JSON (E_UNSUPPORTED_MEDIA_TYPE)',
      content: { 'application/json': { schema: errorSchema } },
    },
    ...errorResponses,
  },
});

const idParam = z.object({ id: z.string().min(1).openapi({ description: 'job id' }) });

const getJob = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  summary: 'One ingest job: its state and progress, and its summary once done',
  request: { params: idParam },
  responses: {
    200: { description: 'the job', content: { 'application/json': { schema: jobSchema } } },
    404: { description: 'no job has this id', content: { 'application/json': { schema: errorSchema } } },
    ...errorResponses,
  },
});

const listJobs = createRoute({
  method: 'get',
  path: '/api/jobs',
  summary: 'The ingest jobs this server ran or is running, newest first',
  responses: {
    200: {
      description: 'the jobs',
      content: { 'application/json': { schema: z.object({ items: z.array(jobSchema) }) } },
    },
  },
});

const jobEvents = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  summary: 'Server-sent events: a `progress` event per change of the job, ending with `end`',
  request: { params: idParam },
  responses: {
    200: { description: 'an event stream (text/event-stream) of the job as JSON' },
    404: { description: 'no job has this id', content: { 'application/json': { schema: errorSchema } } },
  },
});

function fail(c: Context, status: 401 | 404 | 413, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/** Write routes need `Authorization: Bearer TOKEN` when the server has a token. */
export function requireToken(token: string | null | undefined): MiddlewareHandler {
  const wanted = token ? Buffer.from(token) : null;
  return async (c, next) => {
    if (!wanted) return next();
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const bytes = given ? Buffer.from(given) : null;
    if (!bytes || bytes.length !== wanted.length || !timingSafeEqual(bytes, wanted)) {
      return fail(c, 401, 'E_UNAUTHORIZED', 'this route needs the header Authorization: Bearer <token>');
    }
    return next();
  };
}

/** Every value of a multipart field, whether sent once or several times. */
function all(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A file name safe to write in the job's folder, keeping the extension the readers use as a hint. */
function safeName(name: string, index: number): string {
  const base =
    basename(name)
      .replace(/[^\w.-]+/g, '_')
      .slice(-100) || 'upload';
  return `${String(index + 1).padStart(4, '0')}-${base}`;
}

/** Checks a job's urls and saves its files to a fresh folder: the request the job runs. */
async function jobRequest(files: File[], urls: string[], allowPrivate: boolean): Promise<JobRequest> {
  if (files.length === 0 && urls.length === 0) {
    throw new ParleyError('E_USAGE', 'nothing to ingest: send files in `file` or urls in `url`/`urls`');
  }
  if (files.length > MAX_FILES_PER_JOB) {
    throw new ParleyError('E_USAGE', `${files.length} files: at most ${MAX_FILES_PER_JOB} a job`);
  }
  if (urls.length > MAX_URLS_PER_JOB) {
    throw new ParleyError('E_USAGE', `${urls.length} urls: at most ${MAX_URLS_PER_JOB} a job`);
  }
  for (const url of urls) {
    if (allowPrivate) {
      if (!/^https?:\/\//i.test(url)) throw new ParleyError('E_USAGE', `url ${url} is not http or https`);
    } else {
      await checkPublicUrl(url);
    }
  }
  for (const file of files) {
    if (file.size > MAX_INPUT_BYTES) {
      throw new ParleyError(
        'E_USAGE',
        `file ${file.name}: ${file.size} bytes, over the ${MAX_INPUT_BYTES}-byte limit for one article`,
      );
    }
  }
  const request: JobRequest = { inputs: [...urls], shown: [...urls] };
  if (files.length > 0) {
    const folder = await mkdtemp(join(tmpdir(), 'parley-upload-'));
    for (const [index, file] of files.entries()) {
      const path = join(folder, safeName(file.name, index));
      await writeFile(path, new Uint8Array(await file.arrayBuffer()));
      request.inputs.push(path);
      request.shown.push(file.name || `upload ${index + 1}`);
    }
    request.cleanup = folder;
  }
  return request;
}

/** The job as JSON: a plain copy, so later progress does not change an answer already sent. */
function snapshot(job: IngestJob): IngestJob {
  return structuredClone(job);
}

/**
 * `POST /api/ingest` (token-guarded, size-limited) and `/api/jobs…` to follow the jobs it starts:
 * polling one job, or a server-sent event stream of its progress.
 */
export function registerIngestRoutes(app: OpenAPIHono, context: ApiContext): void {
  const { jobs } = context;
  const maxBytes = context.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  app.use('/api/ingest', requireToken(context.writeToken));
  app.use(
    '/api/ingest',
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) =>
        fail(c, 413, 'E_TOO_LARGE', `the request is over the server's ${maxBytes}-byte upload limit`),
    }),
  );
  app.openapi(ingest, async (c) => {
    const type = c.req.header('content-type') ?? '';
    let files: File[] = [];
    let urls: string[] = [];
    if (type.startsWith('multipart/form-data')) {
      const form = c.req.valid('form') as Record<string, unknown>;
      files = all(form.file).filter((value): value is File => value instanceof File);
      urls = all(form.url).filter((value): value is string => typeof value === 'string' && value !== '');
      if (all(form.file).length !== files.length) {
        throw new ParleyError('E_USAGE', 'file: every `file` field must be a file upload');
      }
    } else if (type.startsWith('application/json')) {
      urls = (c.req.valid('json') as { urls: string[] }).urls;
    } else {
      throw new ParleyError(
        'E_USAGE',
        'send multipart/form-data (file, url) or application/json ({"urls": […]})',
      );
    }
    const job = jobs.submit(await jobRequest(files, urls, context.allowPrivateUrls === true));
    c.header('Location', `/api/jobs/${job.id}`);
    return c.json(snapshot(job), 202);
  });
  app.openapi(listJobs, (c) => c.json({ items: jobs.list().map(snapshot) }, 200));
  app.openapi(getJob, async (c) => {
    const { id } = c.req.valid('param');
    const job = jobs.get(id);
    if (!job) return c.json({ error: { code: 'E_NOT_FOUND', message: `no job ${id}` } }, 404);
    return c.json(snapshot(await jobs.refresh(job)) as unknown as Record<string, unknown>, 200);
  });
  app.openapi(jobEvents, (c) => {
    const job = jobs.get(c.req.valid('param').id);
    if (!job) return fail(c, 404, 'E_NOT_FOUND', `no job ${c.req.valid('param').id}`);
    return streamSSE(c, async (stream) => {
      const finished = (j: IngestJob): boolean => j.state === 'done' || j.state === 'failed';
      let wake: (() => void) | null = null;
      const stop = jobs.subscribe(job.id, () => wake?.());
      stream.onAbort(stop);
      let sent = '';
      try {
        for (;;) {
          await jobs.refresh(job);
          const data = JSON.stringify(job);
          if (data !== sent) {
            await stream.writeSSE({ event: 'progress', data });
            sent = data;
          }
          if (finished(job) || stream.aborted) break;
          // Woken by the job's next change; the timeout re-checks a stream nobody woke.
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, job.state === 'enqueued' ? 1000 : 15_000);
          });
          clearTimeout(timer);
          wake = null;
        }
        if (!stream.aborted) await stream.writeSSE({ event: 'end', data: JSON.stringify({ id: job.id }) });
      } finally {
        stop();
      }
    });
  });
}
