import { runCli } from './run-cli.js';

/** The process entry point behind `bin/parley`: real streams, real clock, real exit code. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    isTty: Boolean(process.stderr.isTTY),
    env: process.env,
    now: () => new Date(),
  });
  process.exitCode = code;
}
