import { chunk } from '../chunk.js';
import type { Kysely } from 'kysely';
import type { CorpusAnchor, Document, DuplicateLink, StoredSignature } from '../../model/index.js';
import { layerRows, publishedDetail } from './document-rows.js';
import type { StoreDatabase } from './schema.js';

/** Inserts learned anchors inside the caller's transaction; an id already stored is left alone. */
export async function writeAnchors(
  db: Kysely<StoreDatabase>,
  anchors: readonly CorpusAnchor[],
): Promise<void> {
  for (const part of chunk(anchors, 200)) {
    await db
      .insertInto('corpus_anchors')
      .values(
        part.map((anchor) => ({
          id: anchor.id,
          doc_id: anchor.doc,
          label: anchor.label,
          date: anchor.date,
          cues: JSON.stringify(anchor.cues),
          span_start: anchor.span.start,
          span_end: anchor.span.end,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

export async function readAnchors(db: Kysely<StoreDatabase>): Promise<CorpusAnchor[]> {
  const rows = await db.selectFrom('corpus_anchors').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    date: row.date,
    cues: JSON.parse(row.cues) as string[],
    doc: row.doc_id,
    span: { start: row.span_start, end: row.span_end },
  }));
}

export async function readUndatedIds(db: Kysely<StoreDatabase>): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('published_basis', '=', 'unknown')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.id);
}

/** Rewrites a stored document's date and layers inside the caller's transaction; the text stays. */
export async function replaceAnalysis(db: Kysely<StoreDatabase>, doc: Document): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set({
      published_value: doc.published.value,
      published_precision: doc.published.precision,
      published_basis: doc.published.basis,
      published_detail: publishedDetail(doc.published),
    })
    .where('id', '=', doc.id)
    .where('content_hash', '=', doc.contentHash)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom('document_layers').where('doc_id', '=', doc.id).execute();
  const layers = [...layerRows(doc)];
  if (layers.length > 0) await db.insertInto('document_layers').values(layers).execute();
  return true;
}

/** At most this many earlier articles are compared with a new one: those sharing the most LSH bands. */
export const MAX_CANDIDATES = 50;

/**
 * An LSH bucket keeps its first this-many articles; a later article sharing the key is still compared with
 * them, but is not added. In a real corpus an unrelated pair shares a band key about once in 600 pairs, so
 * buckets stay small; a bucket only fills when many articles share text (the same paywall stub or
 * boilerplate, a wire story carried by hundreds of sites, a generated bench corpus), and then every new
 * article would read all of it: 7,082 bucket rows, 5 ms on PostgreSQL, for one article of a generated
 * corpus at 25,000 articles, growing with the corpus. Capped, a lookup reads at most BANDS × this many
 * rows. A copy still finds the earliest members of its family, which include the original.
 */
export const MAX_BUCKET_MEMBERS = 32;

/** Indexes one signature inside the caller's transaction; see `Store.indexSignature`. */
export async function indexSignature(
  db: Kysely<StoreDatabase>,
  signature: StoredSignature,
  keys: readonly string[],
  decide: (candidates: StoredSignature[], taken: ReadonlySet<string>) => DuplicateLink | null,
): Promise<DuplicateLink | null> {
  const [link] = await indexSignatureBatch(db, [{ signature, keys }], (_, candidates, taken) =>
    decide(candidates, taken),
  );
  return link ?? null;
}

/** One signature to index, with its LSH band keys. */
export interface SignatureItem {
  signature: StoredSignature;
  keys: readonly string[];
}

interface Ranked {
  docId: string;
  shared: number;
}

interface Indexed extends SignatureItem {
  /** The band keys whose buckets this article was added to (those not full when it came). */
  written: ReadonlySet<string>;
}

/**
 * Indexes signatures in order inside the caller's transaction, each exactly as `indexSignature` would one
 * after the other, with two statements per signature and three for the batch instead of six or seven per
 * signature (on PostgreSQL each is a round trip). Each signature is compared with the `MAX_CANDIDATES`
 * earlier articles sharing the most band keys (then the least id): the stored bucket members come from one
 * query, the earlier articles of the batch, not yet written, are counted here. An article joins the
 * buckets of its keys that hold fewer than `MAX_BUCKET_MEMBERS` (stored and earlier in the batch). The
 * signatures, buckets and links are written at the end. A signature already indexed, or repeated in the
 * batch, is skipped.
 */
export async function indexSignatureBatch(
  db: Kysely<StoreDatabase>,
  items: readonly SignatureItem[],
  decide: (
    signature: StoredSignature,
    candidates: StoredSignature[],
    taken: ReadonlySet<string>,
  ) => DuplicateLink | null,
): Promise<DuplicateLink[]> {
  if (items.length === 0) return [];
  const ids = [...new Set(items.map((item) => item.signature.docId))];
  const known = new Set<string>();
  const seqs = new Map<string, number>();
  for (const slice of chunk(ids, 500)) {
    for (const row of await db
      .selectFrom('document_signatures')
      .select('doc_id')
      .where('doc_id', 'in', slice)
      .execute())
      known.add(row.doc_id);
    for (const row of await db
      .selectFrom('documents')
      .select(['id', 'seq'])
      .where('id', 'in', slice)
      .execute())
      seqs.set(row.id, row.seq);
  }
  const added: Indexed[] = [];
  const addedIds = new Set<string>();
  const links: DuplicateLink[] = [];
  const linked = new Set<string>();
  for (const item of items) {
    const { signature, keys } = item;
    if (known.has(signature.docId)) continue;
    known.add(signature.docId);
    const keySet = new Set(keys);
    const { shared, sizes } = await readBuckets(db, keys);
    for (const earlier of added) {
      let common = 0;
      for (const key of earlier.written) {
        if (!keySet.has(key)) continue;
        common += 1;
        sizes.set(key, (sizes.get(key) ?? 0) + 1);
      }
      if (common > 0) shared.set(earlier.signature.docId, common);
    }
    const ranked: Ranked[] = [...shared].map(([docId, count]) => ({ docId, shared: count }));
    ranked.sort((a, b) => b.shared - a.shared || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
    const chosen = new Set(ranked.slice(0, MAX_CANDIDATES).map((row) => row.docId));
    const stored = await readCandidates(
      db,
      [...chosen].filter((id) => !addedIds.has(id)),
    );
    const candidates = [
      ...stored.signatures,
      ...added
        .filter((a) => chosen.has(a.signature.docId))
        .map((a) => ({ seq: seqs.get(a.signature.docId) ?? Infinity, signature: a.signature })),
    ].sort((a, b) => a.seq - b.seq);
    const taken = new Set(stored.taken);
    for (const id of chosen) if (linked.has(id)) taken.add(id);
    const link = decide(
      signature,
      candidates.map((c) => c.signature),
      taken,
    );
    if (link) {
      links.push(link);
      linked.add(link.doc);
    }
    const written = new Set(keys.filter((key) => (sizes.get(key) ?? 0) < MAX_BUCKET_MEMBERS));
    added.push({ ...item, written });
    addedIds.add(signature.docId);
  }
  await writeSignatures(db, added, links);
  return links;
}

/**
 * The stored members of the buckets of `keys`: how many keys each member shares with them, and how many
 * members each bucket holds. Reads at most `keys.length × MAX_BUCKET_MEMBERS` rows (more only in a store
 * filled before buckets were capped).
 */
async function readBuckets(
  db: Kysely<StoreDatabase>,
  keys: readonly string[],
): Promise<{ shared: Map<string, number>; sizes: Map<string, number> }> {
  const shared = new Map<string, number>();
  const sizes = new Map<string, number>();
  if (keys.length === 0) return { shared, sizes };
  const rows = await db
    .selectFrom('lsh_buckets')
    .select(['key', 'doc_id'])
    .where('key', 'in', keys)
    .execute();
  for (const row of rows) {
    shared.set(row.doc_id, (shared.get(row.doc_id) ?? 0) + 1);
    sizes.set(row.key, (sizes.get(row.key) ?? 0) + 1);
  }
  return { shared, sizes };
}

/** The signatures (with their documents' seq) of stored candidates, and which of them are copies already. */
async function readCandidates(
  db: Kysely<StoreDatabase>,
  ids: readonly string[],
): Promise<{ signatures: Array<{ seq: number; signature: StoredSignature }>; taken: string[] }> {
  const signatures: Array<{ seq: number; signature: StoredSignature }> = [];
  const taken: string[] = [];
  for (const slice of chunk(ids, 500)) {
    const rows = await db
      .selectFrom('document_signatures as s')
      .innerJoin('documents as d', 'd.id', 's.doc_id')
      .leftJoin('duplicates as u', 'u.doc_id', 's.doc_id')
      .select(['s.doc_id', 's.signature', 's.source', 's.published', 'd.seq', 'u.doc_id as copy'])
      .where('s.doc_id', 'in', slice)
      .execute();
    for (const row of rows) {
      if (row.copy !== null) taken.push(row.doc_id);
      signatures.push({
        seq: row.seq,
        signature: {
          docId: row.doc_id,
          signature: JSON.parse(row.signature) as number[],
          source: row.source,
          published: row.published,
        },
      });
    }
  }
  return { signatures, taken };
}

async function writeSignatures(
  db: Kysely<StoreDatabase>,
  added: readonly Indexed[],
  links: readonly DuplicateLink[],
): Promise<void> {
  for (const part of chunk(links, 500)) {
    await db
      .insertInto('duplicates')
      .values(
        part.map((link) => ({
          doc_id: link.doc,
          of_doc_id: link.of,
          similarity: link.similarity,
          kind: link.kind,
        })),
      )
      .execute();
  }
  for (const part of chunk(added, 500)) {
    await db
      .insertInto('document_signatures')
      .values(
        part.map(({ signature }) => ({
          doc_id: signature.docId,
          signature: JSON.stringify(signature.signature),
          source: signature.source,
          published: signature.published,
        })),
      )
      .execute();
  }
  const buckets = added.flatMap(({ signature, written }) =>
    [...written].map((key) => ({ key, doc_id: signature.docId })),
  );
  for (const part of chunk(buckets, 2000)) {
    await db
      .insertInto('lsh_buckets')
      .values(part)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function readDuplicates(db: Kysely<StoreDatabase>): Promise<DuplicateLink[]> {
  const rows = await db
    .selectFrom('duplicates as u')
    .innerJoin('documents as d', 'd.id', 'u.doc_id')
    .select(['u.doc_id', 'u.of_doc_id', 'u.similarity', 'u.kind'])
    .orderBy('d.seq')
    .execute();
  return rows.map((row) => ({
    doc: row.doc_id,
    of: row.of_doc_id,
    similarity: row.similarity,
    kind: row.kind as DuplicateLink['kind'],
  }));
}
