import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { resolvePack } from '../packs/index.js';
import type { Brief } from '../service/brief-service.js';
import { buildBrief } from '../service/brief-service.js';
import { buildExport } from '../service/export-service.js';
import type { ExportRecord } from '../service/export-service.js';
import { exportDecisions, importDecisions } from './decisions-file.js';
import type { DecisionInput } from './make-decision.js';
import { recordDecision } from './record-decision.js';
import { ingestInputs } from '../service/ingest-service.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

const ARTICLES = 'test/fixtures/articles';

/** The sample corpus's article folders, in name order. */
export const SAMPLE_INPUTS = readdirSync(ARTICLES)
  .sort()
  .map((slug) => join(ARTICLES, slug));

/** The story pack the sample corpus is written against. */
export const SAMPLE_PACK = resolvePack('ukraine-peace-talks');

/** Ingests `inputs` into `store` with the sample pack; fails on any failed input. */
export async function ingestSample(store: Store, inputs: readonly string[] = SAMPLE_INPUTS): Promise<void> {
  const summary = await ingestInputs(store, [...inputs], { pack: SAMPLE_PACK });
  if (summary.failures.length > 0)
    throw new Error(`sample ingest failed: ${JSON.stringify(summary.failures)}`);
}

/**
 * Real SQLite files of the sample corpus, ingested once and copied per test (a copy is much faster than an
 * ingest). `forward` is ingested in name order; `reverse` separately, in the reverse order, so a decision
 * that holds on both holds whatever order the articles arrived in.
 */
export interface SampleStores {
  open(which: 'forward' | 'reverse'): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function makeSampleStores(): Promise<SampleStores> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-decisions-'));
  const templates = { forward: join(dir, 'forward.db'), reverse: join(dir, 'reverse.db') };
  for (const [which, file] of Object.entries(templates)) {
    const store = await openStore(file);
    await ingestSample(store, which === 'reverse' ? [...SAMPLE_INPUTS].reverse() : SAMPLE_INPUTS);
    await store.close();
  }
  const opened: Store[] = [];
  let copies = 0;
  return {
    async open(which) {
      copies += 1;
      const file = join(dir, `copy-${copies}.db`);
      copyFileSync(templates[which], file);
      const store = await openStore(file);
      opened.push(store);
      return store;
    },
    async cleanup() {
      for (const store of opened) await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a check reads: the export and the brief of one store, built after the decisions. */
export interface SampleRecord {
  store: Store;
  exported: ExportRecord;
  brief: Brief;
}

const NOW = new Date('2026-03-01T10:00:00.000Z');
/** Records a decision by `analyst` at a fixed time. */
export const decide = (store: Store, input: Omit<DecisionInput, 'author'>) =>
  recordDecision(store, { author: 'analyst', reason: 'test', ...input }, NOW);

/** The export and the brief of `store`, as the checks read them. */
export async function recordOf(store: Store): Promise<SampleRecord> {
  return {
    store,
    exported: await buildExport(store, 'fixed', SAMPLE_PACK),
    brief: await buildBrief(store, { pack: SAMPLE_PACK }),
  };
}

/**
 * Runs the three steps for one decision: apply it and check; re-ingest every article into the same
 * store and check (and the export is unchanged); rebuild from scratch (a store ingested on its own, in the
 * reverse order), import the exported decisions (twice: the second adds nothing) and check.
 */
export async function survives(
  stores: SampleStores,
  apply: (store: Store) => Promise<unknown>,
  check: (record: SampleRecord) => Promise<void> | void,
): Promise<void> {
  const store = await stores.open('forward');
  await apply(store);
  const before = await recordOf(store);
  await check(before);
  await ingestSample(store);
  const reingested = await recordOf(store);
  await check(reingested);
  expect(reingested.exported).toEqual(before.exported);
  const file = JSON.parse(JSON.stringify(await exportDecisions(store))) as unknown;
  const fresh = await stores.open('reverse');
  expect((await importDecisions(fresh, file)).added).toBeGreaterThan(0);
  expect(await importDecisions(fresh, file)).toMatchObject({ added: 0 });
  const rebuilt = await recordOf(fresh);
  await check(rebuilt);
  expect(rebuilt.exported.decisions).toEqual(before.exported.decisions);
}
