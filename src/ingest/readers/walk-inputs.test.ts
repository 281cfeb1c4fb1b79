import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkInputs } from './walk-inputs.js';

let root = '';

const FILES = [
  'b-article.txt',
  'Z-upper.html',
  'meta.json',
  'notes',
  'photo.png',
  'feed.atom',
  '.hidden.txt',
  '.git/config.txt',
  'node_modules/pkg/readme.md',
  'nested/deeper/c.jsonl',
  'nested/a.md',
  'nested/.secret/x.txt',
  'nested/feed.XML',
];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-walk-'));
  for (const file of FILES) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), 'text');
  }
  await symlink(root, join(root, 'nested', 'loop'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('walkInputs', () => {
  it('expands a directory recursively, sorted, skipping hidden, node_modules and non-articles', async () => {
    const found = await walkInputs([root]);
    expect(found.map((f) => f.slice(root.length + 1))).toEqual([
      'Z-upper.html',
      'b-article.txt',
      'feed.atom',
      'nested/a.md',
      'nested/deeper/c.jsonl',
      'nested/feed.XML',
      'notes',
    ]);
  });

  it('keeps explicit files, urls and missing paths as given, in order, once each', async () => {
    const meta = join(root, 'meta.json');
    const hidden = join(root, '.hidden.txt');
    const missing = join(root, 'missing.txt');
    const url = 'https://example.org/feed.xml';
    expect(await walkInputs([meta, url, hidden, missing, meta])).toEqual([meta, url, hidden, missing]);
  });

  it('hostile: a symbolic link back to the root is not followed (no endless walk)', async () => {
    const found = await walkInputs([join(root, 'nested')]);
    expect(found.some((f) => f.includes('loop'))).toBe(false);
    expect(found).toHaveLength(3);
  });
});
