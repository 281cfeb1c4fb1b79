import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * One zod issue as `path: what is wrong`, in words a pack author understands:
 * `actors[3].roles[0].from: "2025-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`. The path is the field
 * the issue is about; for an unknown key it is the key itself, since that is what the author must fix.
 */
export function describeIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  return { path, message: `${formatPath(path)}: ${explain(issue)}` };
}

/** `['actors', 3, 'roles', 0, 'from']` → `actors[3].roles[0].from`; the empty path is `(pack)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(pack)' : out;
}

function explain(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? 'is not a field of the format'
        : `is not a field of the format (nor ${issue.keys.slice(1).join(', ')})`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.message.startsWith('"') ? issue.message : `${describeValue(issue.input)} ${issue.message}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}
