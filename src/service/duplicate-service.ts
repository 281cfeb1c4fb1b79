import { bandKeys, documentSignature } from '../corpus/minhash.js';
import { decideDuplicate, publicationStamp } from '../corpus/near-duplicates.js';
import type { Document, DuplicateLink } from '../model/index.js';
import type { Store } from '../store/store.js';

/**
 * The near-duplicate step for newly stored documents, in order: each gets its MinHash signature, is
 * compared with the earlier articles that share an LSH band, and points to the one it copies. Costs one
 * indexed lookup per article of at most 60 × `MAX_BUCKET_MEMBERS` rows, whatever the size of the corpus;
 * one transaction per batch. The signature
 * keeps the publication time when the metadata gives one, so copies made the same day point the right way.
 */
export async function indexDuplicates(store: Store, docs: readonly Document[]): Promise<DuplicateLink[]> {
  const items = docs.map((doc) => {
    const sig = {
      docId: doc.id,
      signature: documentSignature(doc),
      source: doc.source.name ?? null,
      published: publicationStamp(doc.published.value, doc.meta.published),
    };
    return { signature: sig, keys: bandKeys(sig.signature) };
  });
  return store.indexSignatures(items, decideDuplicate);
}
