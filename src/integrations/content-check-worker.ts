/**
 * The content check of a build, in a worker thread (`content-check.ts` starts it): it reads and
 * checks every content file while Astro starts Vite on the main thread, and posts back the
 * problems and, for every file that passes its collection's schema, the fields as the schema
 * reads them: the loaders store them without validating them a second time.
 */
import { parentPort } from 'node:worker_threads';
import { readCheckedContent } from '../lib/content-check.ts';
import { SITE_RULES } from '../lib/content-rules/index.ts';
import { readContentFiles } from '../lib/content-files.ts';
import type { CheckedEntry } from './checked-entries.ts';
import type { ContentProblem } from '../lib/content-rules/context.ts';

export interface CheckOutcome {
  readonly problems: readonly ContentProblem[];
  readonly entries: readonly CheckedEntry[];
}

const entries: CheckedEntry[] = [];
const { problems } = readCheckedContent(readContentFiles(), SITE_RULES, (file, _written, valid) => {
  if (valid !== undefined) entries.push({ file, data: valid as CheckedEntry['data'] });
});
parentPort?.postMessage({ problems, entries } satisfies CheckOutcome);
