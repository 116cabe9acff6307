/**
 * How every browser of this project is started: Debian's Chromium where it is installed (these
 * machines cannot download browsers), otherwise Playwright's own; always with the flags that
 * keep it from reaching the network.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** The system Chromium when present; undefined lets Playwright use its own browser. */
export function chromiumExecutable(): string | undefined {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}
