import { describe, expect, it } from 'vitest';
import { JAVA_MISSING, preflightPlan, type Machine } from '../../scripts/lib/preflight.ts';

const ready: Machine = { systemChromium: true, playwrightChromium: false, java: true, ci: false };

describe('what npm test needs from outside npm', () => {
  it('runs at once on a machine that has everything', () => {
    expect(preflightPlan(ready)).toEqual({ installPlaywrightChromium: false, notes: [], stop: false });
    expect(preflightPlan({ ...ready, systemChromium: false, playwrightChromium: true }).notes).toEqual([]);
  });

  it('installs Playwright’s own Chromium where no browser is found, and says so', () => {
    const plan = preflightPlan({ ...ready, systemChromium: false });
    expect(plan.installPlaywrightChromium).toBe(true);
    expect(plan.notes).toHaveLength(1);
    expect(plan.stop).toBe(false);
  });

  it('names what to install when Java is missing: one line on a laptop, a stop in CI', () => {
    const laptop = preflightPlan({ ...ready, java: false });
    expect(laptop.stop).toBe(false);
    expect(laptop.notes).toHaveLength(1);
    expect(laptop.notes[0]).toContain(JAVA_MISSING);
    expect(laptop.notes[0]).not.toContain('\n');
    expect(laptop.notes[0]).toMatch(/brew install openjdk/);
    const ci = preflightPlan({ ...ready, java: false, ci: true });
    expect(ci.stop).toBe(true);
  });
});
