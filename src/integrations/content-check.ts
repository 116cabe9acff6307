import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { SITE_RULES } from '../lib/content-rules/index.ts';
import { readContentFiles } from './content-files.ts';

/**
 * Runs the full content check before Astro builds. Astro alone stops at the first invalid
 * entry and only logs broken references; this reports every problem and fails the build.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'mlops-guide:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problems = checkContent(readContentFiles(), SITE_RULES);
        if (problems.length === 0) {
          logger.info('content check passed');
          return;
        }
        throw new Error(
          `Content check found ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
        );
      },
    },
  };
}
