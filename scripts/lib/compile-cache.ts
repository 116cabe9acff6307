import { join } from 'node:path';

/**
 * Turns on Node's on-disk compile cache for every process the tests start: the site builds and
 * the scripts they spawn load the same modules again and again. Kept with the other tool caches
 * under `node_modules/.cache`; an explicit NODE_COMPILE_CACHE wins.
 */
export function useCompileCache(): void {
  process.env['NODE_COMPILE_CACHE'] ??= join(
    import.meta.dirname,
    '..',
    '..',
    'node_modules',
    '.cache',
    'node-compile-cache',
  );
}
