import { afterEach, beforeEach, describe } from 'vitest';
import { describeActorsContract } from './contract/actors.contract.js';
import { describeCorpusDatingContract } from './contract/corpus-dating.contract.js';
import { describeDecisionsContract } from './contract/decisions.contract.js';
import { describeEventsContract } from './contract/events.contract.js';
import { describeFeedsContract } from './contract/feeds.contract.js';
import { describeNearDuplicatesContract } from './contract/near-duplicates.contract.js';
import { describeAtomicityContract } from './contract/atomicity.contract.js';
import { describeIdempotencyContract } from './contract/idempotency.contract.js';
import { describeListingContract } from './contract/listing.contract.js';
import { describePersistenceContract } from './contract/persistence.contract.js';
import { describeRoundTripContract } from './contract/round-trip.contract.js';
import { describeSearchContract } from './contract/search.contract.js';
import { describeVersionsContract } from './contract/versions.contract.js';
import type { Store } from './store.js';

/**
 * A fresh, empty store for one test. `reopen` opens another Store on the same database (same file, same
 * url) so tests can check what survives a close; `cleanup` closes every store the fixture opened and
 * removes the database.
 */
export interface StoreFixture {
  store: Store;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Makes one fixture; the contract calls it before every test. */
export type MakeStore = () => Promise<StoreFixture>;

/** What each part of the contract reads: the current test's fixture and store. */
export interface ContractContext {
  readonly fixture: StoreFixture;
  readonly store: Store;
}

/**
 * Registers the vitest suite every Store backend must pass, against a real database from `makeStore`. Each
 * test gets a fresh store. A backend's test file calls this once, then adds its backend-only tests.
 */
export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    let current: StoreFixture | undefined;
    const context: ContractContext = {
      get fixture() {
        if (!current) throw new Error('no store fixture: the contract reads it only inside a test');
        return current;
      },
      get store() {
        return this.fixture.store;
      },
    };
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    describeRoundTripContract(context);
    describeIdempotencyContract(context);
    describeAtomicityContract(context);
    describeSearchContract(context);
    describeListingContract(context);
    describePersistenceContract(context);
    describeActorsContract(context);
    describeCorpusDatingContract(context);
    describeNearDuplicatesContract(context);
    describeEventsContract(context);
    describeFeedsContract(context);
    describeDecisionsContract(context);
    describeVersionsContract(context);
  });
}
