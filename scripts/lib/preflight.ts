/**
 * What `npm test` needs from outside npm, and what to do when it is missing. Pure: the caller
 * looks at the machine, this decides; `scripts/preflight.ts` prints and acts.
 */
export interface Machine {
  /** A system Chromium (Debian's headless shell or browser), used when present. */
  readonly systemChromium: boolean;
  /** Playwright's own Chromium is installed (`npx playwright install chromium`). */
  readonly playwrightChromium: boolean;
  /** `java -version` runs: the W3C Nu HTML checker (vnu-jar) needs it. */
  readonly java: boolean;
  /** Running in CI, where every check must run. */
  readonly ci: boolean;
}

export interface Plan {
  /** Install Playwright's own Chromium before the tests (a laptop without a system browser). */
  readonly installPlaywrightChromium: boolean;
  /** One line each, for the person running the tests. */
  readonly notes: readonly string[];
  /** Stop before the tests: something they need is missing and cannot be installed from npm. */
  readonly stop: boolean;
}

export const JAVA_MISSING =
  'java not found: the W3C Nu HTML checker (vnu-jar) cannot run. Install a Java runtime, 11 or newer ' +
  '(macOS: brew install openjdk; Debian/Ubuntu: apt-get install default-jre-headless; Windows: https://adoptium.net/).';

export function preflightPlan(machine: Machine): Plan {
  const notes: string[] = [];
  const installPlaywrightChromium = !machine.systemChromium && !machine.playwrightChromium;
  if (installPlaywrightChromium) {
    notes.push(
      'No Chromium found for the browser tests: installing Playwright’s own (npx playwright install chromium).',
    );
  }
  if (!machine.java) {
    notes.push(machine.ci ? JAVA_MISSING : `${JAVA_MISSING} Its test is skipped on this machine.`);
  }
  return { installPlaywrightChromium, notes, stop: machine.ci && !machine.java };
}
