import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 level A and AA: what every axe scan of this project checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Colours are all that changes in the dark scheme, so its pass runs the colour rules only. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const SCHEMES = ['light', 'dark'] as const;

export type ColourScheme = (typeof SCHEMES)[number];

export interface ScanOptions {
  /** The colour scheme the page is in now: light runs every rule, dark the colour rules. */
  readonly scheme?: ColourScheme;
  /** Scan only this part of the page (a CSS selector). */
  readonly include?: string;
}

/**
 * axe's violations on the page as it is, one line per element: rule, impact, target and why.
 * Legacy mode runs axe.run() in the page itself instead of finishing every scan in a new blank
 * page (a third of the time; it only skips cross-origin frames, and there are none), and only
 * violations are gathered: describing every element that passes was most of a scan of a long
 * listing.
 */
export async function axeViolations(
  page: Page,
  { scheme = 'light', include }: ScanOptions = {},
): Promise<string[]> {
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (include) axe.include(include);
  if (scheme === 'light') axe.withTags(WCAG_TAGS);
  else axe.withRules(COLOUR_RULES);
  const { violations } = await axe.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `[${scheme}] ${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ` +
        `${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
    ),
  );
}

/** The violations of one page load in the light and then the dark colour scheme. */
export async function axeViolationsInBothSchemes(page: Page, options: Omit<ScanOptions, 'scheme'> = {}) {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await axeViolations(page, { ...options, scheme })));
  }
  return found;
}
