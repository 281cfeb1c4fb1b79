import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Wraps a better-sqlite3 database so kysely reuses prepared statements: kysely's SQLite driver prepares
 * every query afresh, which costs more than running it for the small inserts ingest does by the thousand.
 * The cache keeps the `capacity` most recently used SQL strings. Reuse is safe because kysely runs one query
 * at a time on its single connection and never leaves a statement mid-iteration (the store does not stream).
 */
export function withStatementCache(database: Database.Database, capacity = 128): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
