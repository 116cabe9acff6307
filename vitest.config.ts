/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests render components with the Container API; both projects
// inherit it (`extends: true`). `vitest run` runs both; `--project unit` or
// `--project integration` runs one.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // They spawn the repository's scripts and `astro build`: give them room on a 2-core
          // machine, and run their files one at a time, after the unit tests, since Astro writes
          // into the project's `.astro/` whatever the output folder, so builds must not overlap.
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
