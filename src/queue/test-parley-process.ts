import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

/** A `parley` process run from the sources (through tsx, so no stale dist/), with its output collected. */
export interface ParleyProcess {
  child: ChildProcess;
  /** Everything written to stderr so far (the worker's progress lines). */
  stderr(): string;
  stdout(): string;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
}

/**
 * Starts `parley ARGS…` as a real process. The CLI's `main` reads `process.argv.slice(2)`; with `-e` Node
 * puts the first argument at index 1, so a placeholder `parley` goes first.
 */
export function startParley(args: string[], env: Record<string, string> = {}): ParleyProcess {
  const code = `const { main } = await import(${JSON.stringify(MAIN)}); await main();`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, '--', 'parley', ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.on('exit', (exitCode, signal) => resolve(signal ?? exitCode ?? -1)),
  );
  return { child, stderr: () => err, stdout: () => out, exited };
}
