import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build test spawns `astro build`; give it room on a 2-core machine.
    testTimeout: 120_000,
  },
});
