/**
 * `items` in consecutive slices of at most `size`: the store binds lists in parts, since a statement takes
 * a bounded number of parameters (SQLite 32,766, PostgreSQL 65,535) and a multi-row insert binds a few per row.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
