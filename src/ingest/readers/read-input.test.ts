import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from './read-input.js';

let dir = '';
let server: Server;
let base = '';
const TITLE = 'Envoys Return From Geneva Talks';
const PARAGRAPH = 'The envoys returned on Monday and briefed the president on the draft, officials said.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-read-'));
  await mkdir(join(dir, 'batch'));
  await writeFile(join(dir, 'batch', 'a.txt'), `World\n\n${TITLE}\n\n${PARAGRAPH}\n`);
  await writeFile(
    join(dir, 'batch', 'b.jsonl'),
    `${JSON.stringify({ title: 'T', text: PARAGRAPH })}\nnot json\n`,
  );
  await writeFile(join(dir, 'batch', 'c.txt'), '');
  await writeFile(join(dir, 'batch', 'meta.json'), '{"skip": true}');
  await writeFile(
    join(dir, 'damaged.txt'),
    Buffer.concat([Buffer.from(`${TITLE}\n\nBad `), Buffer.from([0xff]), Buffer.from(' byte.')]),
  );
  await writeFile(
    join(dir, 'page.txt'),
    `<!doctype html><html><head><title>${TITLE}</title></head><body><p>${PARAGRAPH}</p></body></html>`,
  );
  await writeFile(join(dir, 'big.txt'), 'x'.repeat(2_000));
  server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><head><title>${TITLE}</title></head><body><p>${PARAGRAPH}</p></body></html>`);
    } else {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('readInput', () => {
  it('reads a text file with its title and drops', async () => {
    const outcome = await readInput(join(dir, 'batch', 'a.txt'));
    expect(outcome.format).toBe('text');
    expect(outcome.errors).toEqual([]);
    const doc = outcome.docs[0];
    expect(doc?.meta.title).toBe(TITLE);
    expect(doc && doc.raw.slice(doc.titleSpan?.start, doc.titleSpan?.end)).toBe(TITLE);
    expect(doc?.location).toEqual({ kind: 'file', ref: join(dir, 'batch', 'a.txt') });
  });

  it('sniffs content over the extension: html in a .txt file', async () => {
    const outcome = await readInput(join(dir, 'page.txt'));
    expect(outcome.format).toBe('html');
    expect(outcome.docs[0]?.raw).toBe(`${TITLE}\n\n${PARAGRAPH}`);
  });

  it('merges a directory: documents and per-file errors, meta.json skipped', async () => {
    const outcome = await readInput(join(dir, 'batch'));
    expect(outcome.docs.map((d) => [d.location.ref.slice(dir.length + 1), d.location.line])).toEqual([
      ['batch/a.txt', undefined],
      ['batch/b.jsonl', 1],
    ]);
    expect(outcome.errors.map((e) => [e.code, e.file?.slice(dir.length + 1), e.line])).toEqual([
      ['E_JSONL_RECORD', 'batch/b.jsonl', 2],
      ['E_INPUT_EMPTY', 'batch/c.txt', undefined],
    ]);
  });

  it('reports a missing path instead of throwing', async () => {
    const outcome = await readInput(join(dir, 'nope.txt'));
    expect(outcome.docs).toEqual([]);
    expect(outcome.errors.map((e) => e.code)).toEqual(['E_INPUT_NOT_FOUND']);
  });

  it('checks the size cap before reading the file', async () => {
    const outcome = await readInput(join(dir, 'big.txt'), { maxBytes: 1_000 });
    expect(outcome.errors.map((e) => e.code)).toEqual(['E_INPUT_TOO_LARGE']);
  });

  it('anchors each replaced byte to its place in raw', async () => {
    const outcome = await readInput(join(dir, 'damaged.txt'));
    const doc = outcome.docs[0];
    const signal = doc?.signals[0];
    expect(doc?.signals).toHaveLength(1);
    expect(signal?.code).toBe('invalid-encoding');
    expect(signal?.rawSpan && doc?.raw.slice(signal.rawSpan.start, signal.rawSpan.end)).toBe('\uFFFD');
    expect(signal?.rawSpan?.start).toBe(TITLE.length + 6);
    expect(signal?.detail).toMatch(/1 invalid UTF-8 byte/);
  });

  it('reads a url: location kind url, meta.url set', async () => {
    const outcome = await readInput(`${base}/page`);
    expect(outcome.errors).toEqual([]);
    expect(outcome.format).toBe('html');
    expect(outcome.docs[0]?.location).toEqual({ kind: 'url', ref: `${base}/page` });
    expect(outcome.docs[0]?.meta.url).toBe(`${base}/page`);
  });

  it('returns a failed fetch as an error', async () => {
    const outcome = await readInput(`${base}/fails`);
    expect(outcome.errors.map((e) => e.code)).toEqual(['E_FETCH_STATUS']);
  });

  it('hostile: a fetch implementation that throws synchronously still comes back as an error', async () => {
    const fetchImpl = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    const outcome = await readInput('https://example.invalid/x', { fetchImpl });
    expect(outcome.docs).toEqual([]);
    expect(outcome.errors.map((e) => e.code)).toEqual(['E_FETCH_FAILED']);
  });
});
