/**
 * How the build's Node process starts, declared once: `npm run build` (scripts/build.ts), the
 * benchmark's builds and its Astro floors all start `astro build` this way, so the floor pays
 * what the site pays and the memory measured is the memory a deploy uses.
 *
 * Measured with `npm run bench` and alternating builds of the same code (medians):
 * - Vite's bundler (Rolldown) allocates with mimalloc, which by default keeps freed memory for a
 *   while and commits its arenas eagerly; the build never reuses most of it. Returning it at once
 *   and committing on use took about 200 MB off the peak of a build with 10,000 extra tools.
 * - A young generation of 8 MB semi-spaces instead of V8's larger default: rendering allocates
 *   many short-lived strings, which then die young in a smaller space, about 50 MB less.
 * - That young generation at its full size from the start: V8 otherwise starts it at 1 MB and
 *   grows it only after many small collections. With 1,000 extra tools Astro took 8.1 s instead
 *   of 8.6 s, at the same peak memory.
 */
import { join } from 'node:path';

export const BUILD_PROCESS_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/**
 * V8 flags of the build's process, on its command line: NODE_OPTIONS refuses
 * `--min-semi-space-size`.
 */
export const BUILD_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--min-semi-space-size=8'];

const ASTRO_ENTRY = join(import.meta.dirname, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

/** `env` with the build's process settings. */
export function buildProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ...BUILD_PROCESS_ENV };
}

/** The command and arguments that run `astro <astroArgs>` with the build's V8 flags. */
export function astroCommand(astroArgs: readonly string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [...BUILD_NODE_FLAGS, ASTRO_ENTRY, ...astroArgs] };
}
