// The main job on the bundled sample: ingest test/fixtures/articles into a fresh database, print a short
// brief, then start the workbench (web UI + API) on a free local port and print its URL. `npm start` runs
// it; set PARLEY_SAMPLE_DB to keep the database somewhere else. Under CI=true (or PARLEY_SAMPLE_NO_SERVE=1)
// the server is started, checked (the page, the brief, the OpenAPI document) and stopped, so the job ends.
import { rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const db = process.env.PARLEY_SAMPLE_DB ?? 'parley-sample.db';
const pack = ['--pack', 'ukraine-peace-talks'];
const parley = (args, options = {}) =>
  spawnSync(process.execPath, ['bin/parley', ...args, '--db', db], {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });

for (const suffix of ['', '-wal', '-shm']) rmSync(`${root}/${db}${suffix}`, { force: true });
console.log(`Ingesting the sample corpus (test/fixtures/articles) into a fresh database: ${db}\n`);
const ingest = parley(['ingest', 'test/fixtures/articles', ...pack]);
console.log('\nWhat was stored:\n');
const list = parley(['list']);
console.log('\nEvents merged across articles, with their lifecycle (first 8):\n');
const events = parley(['events', '--limit', '8']);
console.log('\nPositions (actor × issue, from the story pack ukraine-peace-talks):\n');
const stances = parley(['stances']);
const brief = parley(['brief', '--format', 'md', '--limit', '5', ...pack], {
  stdio: 'pipe',
  encoding: 'utf8',
});
console.log(`\n${(brief.stdout ?? '').split('\n## Timeline')[0].trim()}\n`);
if (brief.status !== 0) process.stderr.write(brief.stderr ?? '');
const failed = [ingest, list, events, stances, brief].map((run) => run.status).find((code) => code);
if (failed) {
  process.exitCode = failed;
} else {
  await serve();
}

/** Starts `parley serve` on a free port and prints its URL; in CI, checks it answers and stops it. */
async function serve() {
  const server = spawn(process.execPath, ['bin/parley', 'serve', '--db', db, ...pack], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  const url = await new Promise((resolve, reject) => {
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (text) => {
      printed += text;
      const found = /Parley workbench on (\S+)/.exec(printed);
      if (found && printed.includes('API on')) resolve(found[1]);
    });
    server.once('exit', (code) => reject(new Error(`parley serve exited with ${code}:\n${printed}`)));
  });
  console.log(`\nThe workbench is running: open ${url} (API: ${url}api, OpenAPI: ${url}api/openapi.json)`);
  if (process.env.CI === 'true' || process.env.PARLEY_SAMPLE_NO_SERVE === '1') {
    for (const path of ['', 'api/brief', 'api/openapi.json', 'api/search?q=Istanbul']) {
      const response = await fetch(`${url}${path}`);
      console.log(`  GET /${path} -> ${response.status}`);
      if (!response.ok) process.exitCode = 1;
    }
    server.kill('SIGTERM');
    return;
  }
  console.log('Press Ctrl-C to stop it.');
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise((resolve) => server.once('exit', resolve));
}
