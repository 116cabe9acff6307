/**
 * How every browser of this project is started: Debian's Chromium where it is installed (these
 * machines cannot download browsers), otherwise Playwright's own; always with the flags that
 * keep it from reaching the network.
 */
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell (package chromium-headless-shell): the same engine without the desktop
 * browser around it, what Playwright itself runs headless. The browser tests take about a quarter
 * less CPU in it than in the full browser.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** Debian's full browser (package chromium), for Lighthouse and where the shell is missing. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * The system browser to start: the headless shell where installed (tests, benchmarks), else the
 * full browser; `full: true` asks for the full browser (Lighthouse audits what people run).
 * Undefined lets Playwright use its own browser.
 */
export function chromiumExecutable({ full = false }: { full?: boolean } = {}): string | undefined {
  const candidates = full ? [SYSTEM_CHROMIUM] : [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM];
  return candidates.find((path) => existsSync(path));
}
