/**
 * `npm test` starts here, on any developer machine: it finds a browser for the browser tests
 * (Debian's, else Playwright's own, which it installs when missing) and says in one line what
 * cannot come from npm (Java, for the W3C Nu checker) and how to install it, instead of letting a
 * test fail on it. In CI a missing Java stops the run: there every check must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './lib/chromium.ts';
import { preflightPlan } from './lib/preflight.ts';

const playwrightChromium = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
const plan = preflightPlan({
  systemChromium: chromiumExecutable() !== undefined,
  playwrightChromium,
  java: spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
  ci: Boolean(process.env['CI']),
});
for (const note of plan.notes) console.error(`preflight: ${note}`);
if (plan.stop) process.exit(1);
if (plan.installPlaywrightChromium) {
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error(
      'preflight: could not install Playwright’s Chromium (no network?). Install Chromium yourself ' +
        '(Debian/Ubuntu: apt-get install chromium) or run `npx playwright install chromium`, then npm test again.',
    );
    process.exit(1);
  }
}
