/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { useCompileCache } from './scripts/lib/compile-cache.ts';

useCompileCache();

// Astro's Vite config lets tests render components with the Container API; both projects
// inherit it (`extends: true`). `vitest run` runs both; `--project unit` or
// `--project integration` runs one.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        // Unit tests share one module graph per worker (no isolation): importing Astro's and the
        // site's modules again for every file was half the unit run. They keep no global state.
        // `npm test` runs them beside a production build on two cores, where a first render or
        // a validator's start-up can take several seconds: the timeout guards against hangs only.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // They spawn the repository's scripts and `astro build`: give them room on a 2-core
          // machine. They never write into the project, so they run two files at a time and beside
          // the static checks: the contributor journey builds from a copy of the project (Astro
          // writes its root's `.astro/`), the failing build stops in its first hook, before Astro
          // writes anything, and the floor builds a throwaway project of its own.
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
