import type { Store } from '../store/store.js';

/**
 * Reports built over the whole record (the brief, events, quotes, stances, the timeline, search's fact
 * index), kept between requests until the store changes. Each report reads every stored document, so on
 * 10,000 articles a build takes seconds while a kept one answers in milliseconds.
 *
 * The store has changed when its revision (`Store.revision()`: documents, decisions, retirements, written
 * by any process) differs from the one the reports were built at, or when the server itself wrote to it
 * (`invalidate()`, called after every ingest job). A `parley decide` or `parley ingest` in another process
 * is seen at the next request.
 *
 * Concurrent requests for the same report share one build; a build that fails is forgotten, so the next
 * request tries again.
 */
export class RecordCache {
  private builtAt: string | null = null;
  private writes = 0;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store) {}

  /** Forgets every kept report: the next request rebuilds. */
  invalidate(): void {
    this.writes += 1;
    this.entries.clear();
  }

  /** The report kept under `key`, or the one `build` makes now (and keeps) when the store has changed. */
  async get<T>(key: string, build: () => Promise<T>): Promise<T> {
    const revision = `${await this.store.revision()}:${this.writes}`;
    if (revision !== this.builtAt) {
      this.entries.clear();
      this.builtAt = revision;
    }
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = build();
      this.entries.set(key, entry);
      entry.catch(() => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      });
    }
    return entry;
  }
}
