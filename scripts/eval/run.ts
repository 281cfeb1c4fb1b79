// npm run eval: scores on ../shared evaluation data, read in place. Tracked and printed, never asserted.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalEntitySeeds } from './entities-seeds-eval.js';
import { evalMeantime } from './meantime-eval.js';
import { evalPolnear } from './polnear-eval.js';
import { evalQuoteSeeds } from './quotes-seeds-eval.js';
import { evalSeedCorpus } from './seeds-corpus-eval.js';
import { evalSeeds } from './seeds-eval.js';
import { evalTempEval } from './tempeval-eval.js';
import { evalQualitySeeds } from './quality-seeds-eval.js';
import { evalEventSeeds } from './events-seeds-eval.js';
import { evalMeantimeEvents } from './meantime-events-eval.js';
import { evalStanceSeeds } from './stances-seeds-eval.js';
import { evalSeedEvents } from './seeds-events-corpus-eval.js';
import { evalBriefSeeds } from './brief-seeds-eval.js';

const shared = resolve(process.env.PARLEY_SHARED ?? '../shared');
if (!existsSync(shared)) {
  console.log(`eval: ${shared} not found; set PARLEY_SHARED to the shared data folder. Nothing scored.`);
} else {
  for (const line of await evalSeeds(shared)) console.log(line);
  for (const line of await evalTempEval(shared)) console.log(line);
  for (const line of await evalMeantime(shared)) console.log(line);
  for (const line of await evalEntitySeeds(shared)) console.log(line);
  for (const line of await evalSeedCorpus(shared)) console.log(line);
  for (const line of await evalPolnear(shared)) console.log(line);
  for (const line of await evalQuoteSeeds(shared)) console.log(line);
  for (const line of await evalQualitySeeds(shared)) console.log(line);
  for (const line of await evalEventSeeds(shared)) console.log(line);
  for (const line of await evalStanceSeeds(shared)) console.log(line);
  for (const line of await evalSeedEvents(shared)) console.log(line);
  for (const line of await evalMeantimeEvents(shared)) console.log(line);
  for (const line of await evalBriefSeeds(shared)) console.log(line);
}
