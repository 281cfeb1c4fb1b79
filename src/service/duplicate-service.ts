import { bandKeys, signature } from '../corpus/minhash.js';
import { decideDuplicate } from '../corpus/near-duplicates.js';
import type { Document, DuplicateLink } from '../model/index.js';
import type { Store } from '../store/store.js';

/**
 * The near-duplicate step for newly stored documents, in order: each gets its MinHash signature, is
 * compared with the earlier articles that share an LSH band, and points to the one it copies. Costs one
 * indexed lookup per article, whatever the size of the corpus; one transaction per batch.
 */
export async function indexDuplicates(store: Store, docs: readonly Document[]): Promise<DuplicateLink[]> {
  const items = docs.map((doc) => {
    const sig = {
      docId: doc.id,
      signature: signature(doc.text),
      source: doc.source.name ?? null,
      published: doc.published.value,
    };
    return { signature: sig, keys: bandKeys(sig.signature) };
  });
  return store.indexSignatures(items, decideDuplicate);
}
