import type { Page, SearchHit, StoredDocument } from './api-types';

/** An API answer that was not 2xx, with the server's `{ error: { code, message } }` when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GETs `/api/<path>` with the given query (empty values left out) and parses the JSON body. */
export async function getJson<T>(
  path: string,
  query: Record<string, string | number | undefined> = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  const response = await fetch(`/api/${path}${search ? `?${search}` : ''}`);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(response.status, message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

const documents = new Map<string, Promise<StoredDocument>>();

/** One stored document, fetched once per page load: evidence panels quote several spans of the same one. */
export function getDocument(id: string): Promise<StoredDocument> {
  let found = documents.get(id);
  if (!found) {
    found = getJson<StoredDocument>(`documents/${encodeURIComponent(id)}`);
    found.catch(() => documents.delete(id));
    documents.set(id, found);
  }
  return found;
}

interface DocumentHit {
  id: string;
  title: string | null;
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

/**
 * Searches the full text and the facts with `/api/search`; while a server lacks that route (404), falls
 * back to the document search `/api/documents?q=`, whose hits point at their first highlighted span.
 */
export async function search(q: string, limit: number, offset: number): Promise<Page<SearchHit>> {
  try {
    return await getJson<Page<SearchHit>>('search', { q, limit, offset });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const page = await getJson<Page<DocumentHit>>('documents', { q, limit, offset });
  return {
    ...page,
    items: page.items.map((hit) => ({
      kind: 'document',
      id: hit.id,
      label: hit.title ?? hit.id,
      snippet: hit.snippet,
      docId: hit.id,
      start: hit.highlights[0]?.start ?? null,
      end: hit.highlights[0]?.end ?? null,
    })),
  };
}

const TOKEN_KEY = 'parley.writeToken';
const TOKEN_EVENT = 'parley:token-needed';
const CHANGED_EVENT = 'parley:record-changed';

/** What the token form is asked for: it settles with the token typed, or null when cancelled. */
export interface TokenRequest {
  resolve: (token: string | null) => void;
}

let waiting: Promise<string | null> | null = null;

/**
 * Asks the token form (mounted once in the app) for the write token, once for all writes waiting at the
 * same time; the answer is kept in sessionStorage for this tab. Null when the analyst cancelled.
 */
function askForToken(): Promise<string | null> {
  waiting ??= new Promise<string | null>((resolve) => {
    window.dispatchEvent(new CustomEvent<TokenRequest>(TOKEN_EVENT, { detail: { resolve } }));
  }).then((token) => {
    waiting = null;
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    return token;
  });
  return waiting;
}

/** Calls `listener` with each request for the token (the token form listens); returns the unsubscribe. */
export function onTokenNeeded(listener: (request: TokenRequest) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<TokenRequest>).detail);
  window.addEventListener(TOKEN_EVENT, handle);
  return () => window.removeEventListener(TOKEN_EVENT, handle);
}

/** Calls `listener` after every write that changed the record (a decision made or revoked). */
export function onRecordChanged(listener: () => void): () => void {
  window.addEventListener(CHANGED_EVENT, listener);
  return () => window.removeEventListener(CHANGED_EVENT, listener);
}

async function send(method: string, path: string, body: unknown, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(`/api/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * A write (`POST`/`DELETE` `/api/<path>`). It sends the write token kept for this tab, if any; on a 401 it
 * asks for the token once and retries. Throws an ApiError with the server's message when the write fails;
 * on success it tells every page the record changed, so they load again.
 */
export async function writeJson<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body, sessionStorage.getItem(TOKEN_KEY));
  if (response.status === 401) {
    const token = await askForToken();
    if (token === null) throw new ApiError(401, 'this server needs its write token for changes');
    response = await send(method, path, body, token);
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) sessionStorage.removeItem(TOKEN_KEY);
    const message = (answer as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(response.status, message ?? `${response.status} ${response.statusText}`);
  }
  window.dispatchEvent(new Event(CHANGED_EVENT));
  return answer as T;
}

/** A decision as `/api/decisions` lists it. */
export interface Decision {
  id: string;
  kind: string;
  target: string;
  value: unknown;
  author: string;
  createdAt: string;
  reason: string | null;
  revokedAt: string | null;
}

/** Records a decision (`POST /api/decisions`); the author is "web" unless given. */
export function decide(input: { kind: string; target: string; value?: unknown; reason?: string }) {
  const reason = input.reason?.trim();
  return writeJson<Decision>('POST', 'decisions', {
    kind: input.kind,
    target: input.target,
    ...(input.value === undefined ? {} : { value: input.value }),
    author: 'web',
    ...(reason ? { reason } : {}),
  });
}

/** Revokes a decision (`DELETE /api/decisions/{id}`): it stops applying and stays stored. */
export function revoke(id: string) {
  return writeJson<Decision>('DELETE', `decisions/${encodeURIComponent(id)}`);
}
