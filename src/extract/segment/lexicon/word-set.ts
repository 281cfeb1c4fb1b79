/**
 * Builds a set from a whitespace-separated word list. Lexicons are written as one template string so
 * that they read as data, diff by line, and stay compact under the formatter.
 */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word.length > 0));
}
