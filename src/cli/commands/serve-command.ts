import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ParleyError } from '../../model/index.js';
import { createApp, OPENAPI_PATH } from '../../server/app.js';
import { isLoopbackHost, startServer } from '../../server/start-server.js';
import { openJobQueue } from '../../queue/job-queue.js';
import { queueSettings } from '../../queue/queue-settings.js';
import { openStore } from '../../store/open-store.js';
import type { CliIo } from '../cli-context.js';
import { EXIT, PACK_HELP, resolveDb, resolvePackOption, untilStopped } from '../cli-context.js';

interface ServeFlags {
  db?: string;
  pack?: string;
  port: number;
  host: string;
  allowRemote?: boolean;
  token?: string;
  allowPrivateUrls?: boolean;
  maxUploadMb: number;
  warm: boolean;
  queue?: boolean;
}

/** Parses `--max-upload-mb`: a positive number of mebibytes, at most 1024. */
export function parseMegabytes(value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || number <= 0 || number > 1024) {
    throw new InvalidArgumentError('expected a size in MiB, more than 0 and at most 1024');
  }
  return number;
}

/** Parses `--port`: a whole number 0–65535, where 0 asks the system for a free port. */
export function parsePort(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65_535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free port)');
  }
  return Number(value);
}

/**
 * `parley serve`: the read-only JSON API over the store until SIGINT/SIGTERM, then closes the store. It
 * binds to loopback unless `--allow-remote` is given, since write routes will later need a token there.
 */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the web workbench and the HTTP JSON API (with an OpenAPI document) over the store')
    .option('--db <file>', 'database file (default: $PARLEY_DB or ./parley.db)')
    .option('--pack <name|file>', PACK_HELP)
    .option('--port <n>', 'port to listen on (0 picks a free port)', parsePort, 0)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--allow-remote', 'allow a --host other than loopback (then a --token is required)')
    .option(
      '--token <token>',
      'token write routes need as "Authorization: Bearer TOKEN" (default: $PARLEY_TOKEN)',
    )
    .option('--allow-private-urls', 'let POST /api/ingest fetch urls on loopback or private addresses')
    .option('--max-upload-mb <n>', 'largest POST /api/ingest request, in MiB', parseMegabytes, 50)
    .option('--queue', 'POST /api/ingest hands inputs to `parley worker`s (needs a postgres:// store)')
    .option('--no-warm', 'do not build the brief and listings in the background at start')
    .addHelpText(
      'after',
      `\nRoutes: see src/server/README.md or ${OPENAPI_PATH}. Stop with Ctrl-C.\n` +
        '\nExamples:\n  parley serve --port 8080\n  parley serve --pack ukraine-peace-talks\n' +
        '  PARLEY_TOKEN=s3cret parley serve --host 0.0.0.0 --allow-remote --port 8080',
    )
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? io.env.PARLEY_TOKEN ?? null;
      if (!isLoopbackHost(flags.host)) {
        if (flags.allowRemote !== true) {
          throw new ParleyError('E_USAGE', `--host ${flags.host} is not a loopback address`, {
            hint: 'bind to 127.0.0.1, or pass --allow-remote (with a --token) to expose the API to the network',
          });
        }
        if (!token) {
          throw new ParleyError('E_USAGE', `--host ${flags.host} needs a token for the write routes`, {
            hint: 'pass --token TOKEN or set PARLEY_TOKEN; clients send Authorization: Bearer TOKEN',
          });
        }
      }
      if (token !== null && token.length < 8) {
        throw new ParleyError('E_USAGE', 'the token is shorter than 8 characters', {
          hint: 'use a long random token, e.g. openssl rand -hex 16',
        });
      }
      const pack = resolvePackOption(flags.pack, io.env);
      const db = resolveDb(flags.db, io.env);
      const settings = flags.queue ? queueSettings(db, io.env) : null;
      const store = await openStore(db);
      const queue = settings ? await openJobQueue(settings, false) : null;
      try {
        const app = createApp({
          store,
          pack,
          onError: (error) => io.err(`parley serve: ${String(error)}\n`),
          writeToken: token,
          allowPrivateUrls: flags.allowPrivateUrls === true,
          maxUploadBytes: Math.round(flags.maxUploadMb * 1024 * 1024),
          warm: flags.warm,
          queue,
        });
        const server = await startServer(app, flags.host, flags.port);
        io.out(`Parley workbench on ${server.url.replace(/\/api$/, '/')}\n`);
        io.out(`Parley API on ${server.url} (OpenAPI: ${server.url}/openapi.json)\n`);
        await untilStopped();
        await server.close();
        setExit(EXIT.ok);
      } finally {
        await queue?.stop(true, 5000);
        await store.close();
      }
    });
}
