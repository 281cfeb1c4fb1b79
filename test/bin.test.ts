import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real executable, as a user runs it after `npm ci` (which builds dist/ through `prepare`).
const dir = mkdtempSync(join(tmpdir(), 'parley-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parley(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/parley', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/parley', () => {
  it('runs from the clone and prints help', () => {
    const run = parley(['--help']);
    expect(run.stderr).not.toMatch(/not built yet/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: parley \[options\] \[command\]/);
  });

  it('ingests into the database PARLEY_DB names, prints plain progress off a terminal, and exits 0', () => {
    const db = join(dir, 'env.db');
    const run = parley(['ingest', 'test/fixtures/articles/witkoff-kushner-kremlin'], { PARLEY_DB: db });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^\[1\/1\] ok .*article\.txt$/m);
    expect(run.stdout).toMatch(/^1 ingested, 0 duplicates, 0 failed/);
    const list = execFileSync(process.execPath, ['bin/parley', 'list', '--db', db], { encoding: 'utf8' });
    expect(list).toMatch(/Witkoff and Kushner Hold Five-Hour Kremlin Meeting/);
  });

  it('exits 1 when an input fails and names it on stderr', () => {
    const run = parley(['ingest', 'test/fixtures/bad/empty.txt', '--db', join(dir, 'bad.db')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: test\/fixtures\/bad\/empty\.txt: E_INPUT_EMPTY /m);
  });
});
