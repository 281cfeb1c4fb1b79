import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../open-store.js';
import type { StoreFixture } from '../store.contract.js';
import type { Store } from '../store.js';

/** A StoreFixture on a real SQLite file in a fresh temporary directory, plus the file's path. */
export interface SqliteFixture extends StoreFixture {
  file: string;
}

/**
 * Opens a store on `parley.db` in a new directory under the OS temp dir, through `openStore` as the CLI
 * does. `reopen` opens another store on the same file; `cleanup` closes them all and deletes the directory.
 */
export async function testSqliteFixture(): Promise<SqliteFixture> {
  const directory = await mkdtemp(join(tmpdir(), 'parley-store-'));
  const file = join(directory, 'parley.db');
  const opened: Store[] = [];
  const open = async (): Promise<Store> => {
    const store = await openStore(file);
    opened.push(store);
    return store;
  };
  return {
    store: await open(),
    file,
    reopen: open,
    async cleanup() {
      for (const store of opened) await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
