import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ParleyError } from '../model/errors.js';
import type { StoryPack } from '../model/pack.js';
import { describeIssue } from './pack-issue-message.js';
import { storyPackSchema } from './pack-schema.js';
import { parsePackSyntax } from './pack-syntax.js';
import { lineOfPath } from './yaml-line.js';

const FORMAT_HINT = 'see docs/story-packs.md for the format';

/**
 * Reads and validates a story pack from a `.json`, `.yaml` or `.yml` file. Every failure is a ParleyError
 * naming the file, the line when known, and the field: a missing file is `E_INPUT_NOT_FOUND`, an empty
 * one `E_INPUT_EMPTY`; bad syntax,
 * another extension, or a pack that breaks the format is `E_INPUT_FORMAT`, reported at its first problem.
 */
export function loadPackFile(path: string): StoryPack {
  const format = packFormat(path);
  return parsePackText(readPackText(path), format, path);
}

/** Validates pack text already read, `file` naming it in errors. Split out so tests need no files. */
export function parsePackText(text: string, format: 'json' | 'yaml', file: string): StoryPack {
  const { value, doc, counter } = parsePackSyntax(text, format, file);
  if (value === null || value === undefined) {
    throw new ParleyError('E_INPUT_EMPTY', 'the pack file is empty', { file, hint: FORMAT_HINT });
  }
  const result = storyPackSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  if (first === undefined)
    throw new ParleyError('E_INTERNAL', 'pack validation failed with no issue', { file });
  const { path, message } = describeIssue(first);
  const line = lineOfPath(doc, counter, path);
  const more = issues.length - 1;
  throw new ParleyError('E_INPUT_FORMAT', message, {
    file,
    ...(line === undefined ? {} : { line }),
    hint:
      more > 0 ? `${more} more problem${more > 1 ? 's' : ''} after this one; ${FORMAT_HINT}` : FORMAT_HINT,
  });
}

function packFormat(path: string): 'json' | 'yaml' {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new ParleyError('E_INPUT_FORMAT', `a story pack is a .json, .yaml or .yml file, not "${ext}"`, {
    file: path,
    hint: 'rename the file or convert it',
  });
}

function readPackText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such pack file'
        : code === 'EISDIR'
          ? 'is a folder, not a pack file'
          : `cannot read the pack file (${code ?? 'unknown error'})`;
    throw new ParleyError('E_INPUT_NOT_FOUND', message, {
      file: path,
      hint: 'check the path, or give the name of a built-in pack',
      cause: error,
    });
  }
}
