import { sql } from 'kysely';
import type { Kysely, RawBuilder, Selectable } from 'kysely';
import type { Document, DuplicateLink, EventRecord } from '../model/index.js';
import type { StoreDatabase } from './sqlite/schema.js';
import type { DocumentVersion, RecordedVersion, RetiredFilter, VersionEntry } from './versions.js';

/**
 * One row per document seen at a URL, or retracted (migration 10, both backends). `doc_id` is the key: a
 * document is one version of at most one URL. `(url, version)` is unique.
 */
export interface DocumentVersionsTable {
  doc_id: string;
  url: string | null;
  version: number;
  supersedes: string | null;
  superseded_by: string | null;
  retracted_by: string | null;
}

/**
 * Records each entry in order inside the caller's transaction (see `Store.recordVersions`). A document
 * already recorded keeps its row; only a retraction not yet marked is added to it. Returns each entry's row,
 * or null for a document with no URL that is not a retraction.
 */
export async function writeVersions(
  db: Kysely<StoreDatabase>,
  entries: readonly VersionEntry[],
): Promise<Array<RecordedVersion | null>> {
  const out: Array<RecordedVersion | null> = [];
  for (const entry of entries) out.push(await writeVersion(db, entry));
  return out;
}

async function writeVersion(db: Kysely<StoreDatabase>, entry: VersionEntry): Promise<RecordedVersion | null> {
  const known = await readVersion(db, entry.docId);
  if (known) {
    const retracted =
      entry.retraction && known.retractedBy === null ? await markRetracted(db, known.url, entry.docId) : [];
    return { version: (await readVersion(db, entry.docId))!, created: false, retracted };
  }
  if (entry.url === null && !entry.retraction) return null;
  let version = 1;
  let supersedes: string | null = null;
  if (entry.url !== null) {
    const latest = await db
      .selectFrom('document_versions')
      .select(['doc_id', 'version'])
      .where('url', '=', entry.url)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (latest) {
      version = latest.version + 1;
      supersedes = latest.doc_id;
    }
  }
  await db
    .insertInto('document_versions')
    .values({
      doc_id: entry.docId,
      url: entry.url,
      version,
      supersedes,
      superseded_by: null,
      retracted_by: null,
    })
    .execute();
  if (supersedes !== null) {
    await db
      .updateTable('document_versions')
      .set({ superseded_by: entry.docId })
      .where('doc_id', '=', supersedes)
      .execute();
  }
  const retracted = entry.retraction ? await markRetracted(db, entry.url, entry.docId) : [];
  return { version: (await readVersion(db, entry.docId))!, created: true, retracted };
}

/** Marks the notice itself and every version of its URL not yet retracted as retracted by `notice`. */
async function markRetracted(
  db: Kysely<StoreDatabase>,
  url: string | null,
  notice: string,
): Promise<string[]> {
  let query = db.selectFrom('document_versions').select('doc_id').where('retracted_by', 'is', null);
  query = url === null ? query.where('doc_id', '=', notice) : query.where('url', '=', url);
  const ids = (await query.orderBy('version').execute()).map((row) => row.doc_id);
  if (ids.length > 0) {
    await db
      .updateTable('document_versions')
      .set({ retracted_by: notice })
      .where('doc_id', 'in', ids)
      .execute();
  }
  return ids;
}

async function readVersion(db: Kysely<StoreDatabase>, docId: string): Promise<DocumentVersion | null> {
  const row = await db
    .selectFrom('document_versions')
    .selectAll()
    .where('doc_id', '=', docId)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

/** Every version row (of one URL when `url` is given), in the ingest order of their documents. */
export async function readVersions(db: Kysely<StoreDatabase>, url?: string): Promise<DocumentVersion[]> {
  let query = db
    .selectFrom('document_versions as v')
    .innerJoin('documents as d', 'd.id', 'v.doc_id')
    .selectAll('v');
  if (url !== undefined) query = query.where('v.url', '=', url);
  const rows = await query.orderBy('d.seq').execute();
  return rows.map(toVersion);
}

/** The ids of the retired documents: superseded by a later version of their URL, or retracted. */
export async function readRetiredIds(db: Kysely<StoreDatabase>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('document_versions')
    .select('doc_id')
    .where((eb) => eb.or([eb('superseded_by', 'is not', null), eb('retracted_by', 'is not', null)]))
    .execute();
  return new Set(rows.map((row) => row.doc_id));
}

/**
 * A SQL condition (`and …`) on the documents aliased `d` that keeps those passing `filter`: the same
 * retired test as `readRetiredIds`, for queries that filter in the database (search).
 */
export function retiredCondition(filter: RetiredFilter): RawBuilder<unknown> {
  if (filter === 'include') return sql``;
  const retired = sql`exists (select 1 from document_versions v where v.doc_id = d.id
    and (v.superseded_by is not null or v.retracted_by is not null))`;
  return filter === 'only' ? sql`and ${retired}` : sql`and not ${retired}`;
}

/** Whether a document passes `filter`, given the retired ids. */
export function passes(filter: RetiredFilter, retired: ReadonlySet<string>, docId: string): boolean {
  if (filter === 'include') return true;
  return retired.has(docId) === (filter === 'only');
}

/**
 * The documents of a keyset-paged reader, page by page, keeping those that pass `filter`: what both
 * backends' `exportAll` runs. The retired ids are read once, when the iteration starts.
 */
export async function* iterateDocuments(
  readPage: (afterSeq: number) => Promise<{ documents: Document[]; lastSeq: number | null }>,
  readRetired: () => Promise<Set<string>>,
  filter: RetiredFilter,
  pageSize: number,
): AsyncIterable<Document> {
  const retired = filter === 'include' ? new Set<string>() : await readRetired();
  let after = 0;
  for (;;) {
    const page = await readPage(after);
    for (const doc of page.documents) if (passes(filter, retired, doc.id)) yield doc;
    if (page.lastSeq === null || page.documents.length < pageSize) return;
    after = page.lastSeq;
  }
}

/** The event records whose document passes `filter`. */
export function filterEventRecords(
  records: EventRecord[],
  retired: ReadonlySet<string>,
  filter: RetiredFilter,
): EventRecord[] {
  return filter === 'include' ? records : records.filter((r) => passes(filter, retired, r.docId));
}

/**
 * The duplicate links `filter` keeps: with `exclude`, a link touching a retired document on either side is
 * dropped (a new version is no copy of the text it replaced); with `only`, links from retired documents.
 */
export function filterDuplicates(
  links: DuplicateLink[],
  retired: ReadonlySet<string>,
  filter: RetiredFilter,
): DuplicateLink[] {
  if (filter === 'include') return links;
  if (filter === 'only') return links.filter((link) => retired.has(link.doc));
  return links.filter((link) => !retired.has(link.doc) && !retired.has(link.of));
}

function toVersion(row: Selectable<DocumentVersionsTable>): DocumentVersion {
  return {
    docId: row.doc_id,
    url: row.url,
    version: Number(row.version),
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    retractedBy: row.retracted_by,
  };
}
