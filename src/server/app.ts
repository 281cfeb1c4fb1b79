import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ParleyError } from '../model/index.js';
import type { StoryPack } from '../model/index.js';
import type { Store } from '../store/store.js';
import { registerCorpusRoutes } from './routes/corpus-routes.js';
import { registerDecisionRoutes } from './routes/decision-routes.js';
import { registerDocumentRoutes } from './routes/document-routes.js';
import { registerIngestRoutes } from './routes/ingest-routes.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { registerSearchRoutes } from './routes/search-routes.js';
import { warmReports } from './cached-reports.js';
import type { JobQueue } from '../queue/job-queue.js';
import { IngestJobs } from './ingest-jobs.js';
import { RecordCache } from './record-cache.js';
import { mountWebUi } from './web-ui.js';

/** What the API reads: an open store (the caller owns and closes it) and the story pack, if any. */
export interface ApiOptions {
  store: Store;
  pack: StoryPack | null;
  /** Told of every unexpected failure (a 500), e.g. to print it; the response never carries internals. */
  onError?: (error: unknown) => void;
  /** When set, write routes (POST /api/ingest) need `Authorization: Bearer <writeToken>`. */
  writeToken?: string | null;
  /** Let ingest fetch urls whose host resolves to a loopback or private address. Default false. */
  allowPrivateUrls?: boolean;
  /** The largest ingest request body in bytes. Default 50 MiB. */
  maxUploadBytes?: number;
  /** With a PostgreSQL store: POST /api/ingest hands inputs to this queue's workers (`parley worker`). */
  queue?: JobQueue | null;
  /** Build the whole-record reports in the background at start and after each ingest job. Default false. */
  warm?: boolean;
  /** The built web UI's folder, served at `/`; `false` serves the API alone. Default: `web/dist`. */
  webUi?: string | false;
}

/** What every route reads: the options, and the reports kept between requests. */
export interface ApiContext extends ApiOptions {
  cache: RecordCache;
  jobs: IngestJobs;
}

/** The OpenAPI 3 document's path, served by the app itself. */
export const OPENAPI_PATH = '/api/openapi.json';

interface ZodIssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** One line naming each bad parameter and what was wrong with it, e.g. `limit: Too small: …`. */
export function describeIssues(issues: readonly ZodIssueLike[]): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`)
    .join('; ');
}

function errorBody(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/**
 * The read-only HTTP JSON API over the services, with its OpenAPI document generated from the same
 * route schemas that validate requests. Invalid input is a 400 `E_BAD_REQUEST` naming the parameter;
 * unknown routes are 404 `E_NOT_FOUND`; anything else that fails is a 500 without internals leaked.
 */
export function createApp(options: ApiOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        return errorBody(c, 400, 'E_BAD_REQUEST', describeIssues(result.error.issues));
      }
      return undefined;
    },
  });
  const cache = new RecordCache(options.store);
  const jobs = new IngestJobs(
    options.store,
    options.pack,
    () => {
      cache.invalidate();
      if (options.warm) void warmReports(context);
    },
    options.queue ?? null,
  );
  const context: ApiContext = { ...options, cache, jobs };
  if (options.warm) void warmReports(context);
  registerDocumentRoutes(app, context);
  registerCorpusRoutes(app, context);
  registerReportRoutes(app, context);
  registerSearchRoutes(app, context);
  registerIngestRoutes(app, context);
  registerDecisionRoutes(app, context);
  app.doc(OPENAPI_PATH, {
    openapi: '3.0.0',
    info: {
      title: 'Parley API',
      version: '0.1.0',
      description: 'Read-only access to the structured record of a negotiation; every fact cites doc:span.',
    },
  });
  if (options.webUi !== false) mountWebUi(app, options.webUi);
  app.notFound((c) => errorBody(c, 404, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 415 ? 'E_UNSUPPORTED_MEDIA_TYPE' : 'E_BAD_REQUEST';
      return errorBody(c, error.status, code, error.message || 'the request was refused');
    }
    if (error instanceof ParleyError && error.code === 'E_USAGE') {
      return errorBody(c, 400, 'E_BAD_REQUEST', error.message);
    }
    options.onError?.(error);
    const code = error instanceof ParleyError ? error.code : 'E_INTERNAL';
    return errorBody(c, 500, code, 'the server failed to answer this request');
  });
  return app;
}
