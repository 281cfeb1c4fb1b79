import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { runParley, tempDir } from '../test-cli.js';

/**
 * `parley serve` in-process: refuses a host other than loopback and bad ports as usage errors, and runs a
 * real server on a free loopback port until its SIGTERM handler fires, then closes the store.
 */
describe('parley serve', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => work.cleanup());

  it.each([
    [['--host', '0.0.0.0'], /E_USAGE --host 0\.0\.0\.0 is not a loopback address.*--allow-remote/],
    [['--host', '192.168.1.10'], /not a loopback address/],
    [['--port', '70000'], /port number from 0 to 65535/],
    [['--port', 'http'], /port number/],
    [['--pack', 'no-such-pack'], /--pack no-such-pack/],
    [['--host', '0.0.0.0', '--allow-remote'], /needs a token for the write routes.*PARLEY_TOKEN/],
    [['--token', 'short'], /token is shorter than 8 characters/],
    [['--max-upload-mb', '0'], /size in MiB/],
  ])('refuses %j with exit 2', async (args, message) => {
    const run = await runParley(['serve', '--db', work.db, ...args]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.out).toBe('');
  });

  it('serves the API on a free loopback port until SIGTERM', async () => {
    const before = new Set(process.listeners('SIGTERM'));
    let out = '';
    const done = runCli(['serve', '--db', work.db, '--no-warm'], {
      out: (text) => void (out += text),
      err: (text) => void (out += text),
      isTty: false,
      env: {},
      now: () => new Date('2026-01-02T03:04:05.000Z'),
    });
    for (let i = 0; i < 200 && !out.includes('API on'); i++) await new Promise((r) => setTimeout(r, 20));
    const match =
      /^Parley workbench on http:\/\/127\.0\.0\.1:(\d+)\/\nParley API on (http:\/\/127\.0\.0\.1:\1\/api) \(OpenAPI: \2\/openapi\.json\)\n$/.exec(
        out,
      );
    expect(match, out).not.toBeNull();
    const response = await fetch(`${match?.[2]}/events`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    const stop = process.listeners('SIGTERM').filter((listener) => !before.has(listener));
    expect(stop).toHaveLength(1);
    stop[0]?.('SIGTERM');
    expect(await done).toBe(0);
    expect(process.listeners('SIGTERM').filter((listener) => !before.has(listener))).toHaveLength(0);
    await expect(fetch(`${match?.[2]}/events`)).rejects.toThrow();
  });
});
