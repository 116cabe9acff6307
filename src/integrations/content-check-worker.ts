/**
 * The content check of a build, in a worker thread (`content-check.ts` starts it): it reads and
 * checks every content file while Astro starts Vite on the main thread, and posts back the
 * problems and the fields of every file that reads as YAML.
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
const { problems } = readCheckedContent(readContentFiles(), SITE_RULES, (file, data) =>
  entries.push({ file, data }),
);
parentPort?.postMessage({ problems, entries } satisfies CheckOutcome);
