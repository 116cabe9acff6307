import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium.ts';
import { useCompileCache } from './scripts/lib/compile-cache.ts';
import { siteUrl } from './tests/helpers/sites.ts';

useCompileCache();

const executablePath = chromiumExecutable();
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  },
};

/**
 * Two kinds of browser test. Behaviour (`tests/e2e/*.spec.ts`) runs on the small frozen fixture
 * site, so it never changes when the guide's content does. Invariants (`tests/e2e/content/`) run
 * on the real guide in `dist/` (npm test builds it first) and stay true as it grows: budgets,
 * links, valid HTML, accessibility of a bounded sample.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  // npm test runs the browser tests beside astro check, the linters and the integration tests on
  // a 2-core machine: twice Playwright's default leaves room for that contention.
  timeout: 60_000,
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  // Recording a trace costs about a fifth of the suite's time even when every test passes, so it
  // is recorded only on a retry: `npx playwright test --retries=1` re-runs a failure with a trace.
  use: { trace: 'on-first-retry' },
  projects: [
    {
      name: 'fixture',
      testIgnore: 'content/**',
      use: { ...chromium, baseURL: siteUrl('fixture') },
    },
    {
      name: 'content',
      testMatch: 'content/**/*.spec.ts',
      use: { ...chromium, baseURL: siteUrl('content') },
    },
  ],
});
