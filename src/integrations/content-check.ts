import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { Worker } from 'node:worker_threads';
import { checkedEntries, handOver, type CheckedEntry } from './checked-entries.ts';
import type { CheckOutcome } from './content-check-worker.ts';

/**
 * Runs the check in its own thread (`content-check-worker.ts`) and resolves with its outcome;
 * `env` is the thread's environment (its CONTENT_DIR names the content), this process's by default.
 */
export function checkInWorker(env: NodeJS.ProcessEnv = process.env): Promise<CheckOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { env });
    worker.once('message', (outcome: CheckOutcome) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit ${code})`)));
  });
}

/** Logs every problem and stops the build when there are any; else the entries to hand over. */
async function passedEntries(
  outcome: CheckOutcome,
  logger: AstroIntegrationLogger,
): Promise<readonly CheckedEntry[]> {
  const { problems, entries } = outcome;
  if (problems.length === 0) {
    logger.info('content check passed');
    return entries;
  }
  // Loaded only here: the check itself runs in the worker, with its own copy of the modules.
  const { formatProblem } = await import('../lib/content-read.ts');
  for (const problem of problems) logger.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  logger.error(`${problems.length} problem(s) in ${files} file(s): the site was not built.`);
  // The problems above are the whole story: a thrown error would add Astro's stack trace
  // and hints about integrations, which say nothing to a contributor.
  process.exit(1);
}

/**
 * Runs the full content check before Astro builds anything. Astro alone stops at the first
 * invalid entry and only logs broken references; this reports every problem, in the words of
 * `npm run validate`, and stops the build before a page is written. The check runs in a worker
 * while Astro starts Vite; the collections' loaders wait for what it read
 * (`checked-entries.ts`), so no file is parsed twice and no entry is loaded unchecked.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'mlops-guide:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        handOver(
          checkInWorker().then(
            (outcome) => passedEntries(outcome, logger),
            (error: unknown) => {
              logger.error(
                `the content check failed: ${error instanceof Error ? error.message : String(error)}`,
              );
              process.exit(1);
            },
          ),
        );
      },
      // The loaders wait for the check; this also holds a build whose loaders would not.
      'astro:build:start': async () => {
        await checkedEntries();
      },
    },
  };
}
