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
