// The main job on the bundled sample: ingest test/fixtures/articles into a fresh database, then show what
// was stored. `npm start` runs it; set PARLEY_SAMPLE_DB to keep the database somewhere else.
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const db = process.env.PARLEY_SAMPLE_DB ?? 'parley-sample.db';
const parley = (args) =>
  spawnSync(process.execPath, ['bin/parley', ...args, '--db', db], { cwd: root, stdio: 'inherit' });

for (const suffix of ['', '-wal', '-shm']) rmSync(`${root}/${db}${suffix}`, { force: true });
console.log(`Ingesting the sample corpus (test/fixtures/articles) into a fresh database: ${db}\n`);
const ingest = parley(['ingest', 'test/fixtures/articles', '--pack', 'ukraine-peace-talks']);
console.log('\nWhat was stored:\n');
const list = parley(['list']);
console.log("\nWho's who (actors merged across articles, roles as the articles state them):\n");
const who = parley(['who', '--limit', '25']);
console.log('\nTimeline (first 25 dated items, each citing doc:start-end):\n');
const timeline = parley(['timeline', '--limit', '25']);
console.log('\nEvents merged across articles, with their lifecycle (first 12):\n');
const events = parley(['events', '--limit', '12']);
console.log('\nPositions (actor × issue, from the story pack ukraine-peace-talks):\n');
const stances = parley(['stances']);
console.log('\nSources by quality (0 to 1), with the signals that cost most:\n');
const sources = parley(['sources']);
console.log(
  `\nNext: ./bin/parley quotes --db ${db}, ./bin/parley contradictions --db ${db}, ./bin/parley export --format json --db ${db}   (or: ./bin/parley --help)`,
);
process.exitCode =
  [ingest, list, who, timeline, events, stances, sources].map((run) => run.status).find((code) => code) ?? 0;
