import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_BYTES, isUrl, walkInputs } from '../ingest/readers/index.js';
import type { IngestIssue } from '../service/ingest-service.js';
import type { JobQueue } from './job-queue.js';
import type { FetchUrlJob, IngestDocumentJob } from './queue-settings.js';

/** What enqueuing did: one job per file or url, and the inputs that could not be read here. */
export interface EnqueueSummary {
  jobs: number;
  failures: IngestIssue[];
}

/**
 * Turns what a user named into jobs, walking directories as `parley ingest` does. A file is read here and
 * its bytes travel in the job, so workers on other machines need no shared filesystem; the path goes
 * with them as the article's location. A url becomes a `fetch-url` job, fetched by the worker. A file
 * that cannot be read, or is over `maxBytes`, is reported and never enqueued.
 */
export async function enqueueInputs(
  queue: JobQueue,
  inputs: string[],
  options: { maxBytes?: number; onJob?: (input: string) => void } = {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { jobs: 0, failures: [] };
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  for (const input of await walkInputs(inputs)) {
    try {
      if (isUrl(input)) {
        await queue.send('fetch-url', { url: input } satisfies FetchUrlJob);
      } else {
        const size = (await stat(input)).size;
        if (size > maxBytes) {
          summary.failures.push({
            input,
            code: 'E_INPUT_TOO_LARGE',
            message: `input is ${size} bytes, over the ${maxBytes}-byte cap`,
          });
          continue;
        }
        const bytes = (await readFile(input)).toString('base64');
        await queue.send('ingest-document', { input, bytes } satisfies IngestDocumentJob);
      }
      summary.jobs++;
      options.onJob?.(input);
    } catch (error) {
      const code = (error as { code?: string }).code === 'ENOENT' ? 'E_INPUT_NOT_FOUND' : 'E_INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      summary.failures.push({ input, code, message });
    }
  }
  return summary;
}
