import type { AstroIntegration } from 'astro';
import { formatProblem, readCheckedContent } from '../lib/content-check.ts';
import { SITE_RULES } from '../lib/content-rules/index.ts';
import { handOver } from './checked-entries.ts';
import { readContentFiles } from '../lib/content-files.ts';

/**
 * Runs the full content check before Astro builds. Astro alone stops at the first invalid
 * entry and only logs broken references; this reports every problem, in the words of
 * `npm run validate`, and stops the build before anything is read or written. What it read is
 * handed to the collections' loaders (`checked-entries.ts`), so no file is parsed twice.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'mlops-guide:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems } = readCheckedContent(readContentFiles(), SITE_RULES, handOver);
        if (problems.length === 0) {
          logger.info('content check passed');
          return;
        }
        for (const problem of problems) logger.error(formatProblem(problem));
        const files = new Set(problems.map((problem) => problem.file)).size;
        logger.error(`${problems.length} problem(s) in ${files} file(s): the site was not built.`);
        // The problems above are the whole story: a thrown error would add Astro's stack trace
        // and hints about integrations, which say nothing to a contributor.
        process.exit(1);
      },
    },
  };
}
