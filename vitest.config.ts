/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests render components with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build test spawns `astro build`; give it room on a 2-core machine.
    testTimeout: 120_000,
  },
});
