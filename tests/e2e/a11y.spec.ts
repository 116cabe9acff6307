import { expect, test, type Page } from '@playwright/test';
import { SCHEMES, axeViolationsInBothSchemes } from '../helpers/axe.ts';

/**
 * Accessibility budget: axe-core finds no WCAG 2.2 AA violation on any page type, in the light
 * and the dark colour scheme, with JavaScript on and off; keyboard focus in the filter panel and
 * the header search box follows the DOM and shows a visible ring.
 */

interface Target {
  name: string;
  path: string;
  /** With JavaScript on: waits until the page's script has rendered what axe should see. */
  ready?: (page: Page) => Promise<void>;
  /** A state only scripts create, not scanned without JavaScript. */
  scriptedState?: true;
  /**
   * No script touches the page's main content, so without JavaScript it is the page already
   * scanned with JavaScript (header and footer never change): not scanned twice.
   */
  staticMain?: true;
  /** Without JavaScript it is the same template in the same state as that page, scanned as such. */
  withoutScriptsAs?: string;
}

const status = (page: Page) => page.getByRole('main').getByRole('status').first();

/** One of each page type. */
const PAGE_TYPES: Target[] = [
  { name: 'home', path: '/', staticMain: true },
  { name: 'categories', path: '/categories/', staticMain: true },
  { name: 'category', path: '/categories/model-serving/' },
  { name: 'tools', path: '/tools/', ready: (page) => expect(status(page)).toHaveText(/^\d+ tools$/) },
  { name: 'tool', path: '/tools/mlflow/', staticMain: true },
  // Quick start with its copy button, maintainer, capabilities with sources.
  { name: 'tool with decision facts', path: '/tools/bentoml/' },
  { name: 'common question', path: '/categories/model-serving/for/open-source-servers/' },
  {
    name: 'filtered tools',
    path: '/tools/?license=open-source',
    // Without JavaScript the query is ignored: that is the /tools/ page, scanned as such.
    scriptedState: true,
    ready: (page) => expect(status(page)).toHaveText(/^\d+ of \d+ tools$/),
  },
  { name: 'badge page', path: '/tools/license/open-source/' },
  {
    name: 'sorted listing',
    path: '/tools/sorted/stars/',
    withoutScriptsAs: '/tools/',
    ready: (page) => expect(status(page)).toHaveText(/^\d+ tools$/),
  },
  { name: 'removed tool', path: '/removed/gone-tool/', staticMain: true },
  { name: 'resources', path: '/resources/' },
  { name: 'resource', path: '/resources/designing-machine-learning-systems/', staticMain: true },
  { name: 'guides', path: '/guides/', staticMain: true },
  { name: 'guide', path: '/guides/deployment-checklist/' },
  {
    name: 'search results',
    path: '/search/?q=model',
    ready: async (page) => {
      await expect(page.locator('[data-results] article').first()).toBeVisible();
      await expect(status(page)).toContainText('for “model”');
    },
  },
  {
    name: 'comparison',
    path: '/compare/?tools=mlflow,kubeflow',
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  { name: 'rival comparison', path: '/compare/feast-vs-tecton/', staticMain: true },
  { name: 'stack builder', path: '/stack/' },
  { name: 'stats', path: '/stats/', staticMain: true },
  { name: '404', path: '/no-such-page/', staticMain: true },
  {
    name: 'header suggestions',
    path: '/guides/',
    scriptedState: true,
    ready: async (page) => {
      await page.locator('#site-search-input').pressSequentially('feature store');
      await expect(
        page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first(),
      ).toBeVisible();
      await page.keyboard.press('ArrowDown');
    },
  },
];

/**
 * The page as a visitor without JavaScript gets it. axe runs inside the page, so it cannot run
 * under `javaScriptEnabled: false` (it hangs: dequelabs/axe-core-npm#529). Instead each document
 * is served with a Content-Security-Policy that forbids every script, inline or not; the test's
 * own evaluation, over the DevTools protocol, is not subject to it. That is the page without
 * JavaScript as long as it has no `<noscript>` (rendered only when scripting is off): checked.
 */
async function withoutPageScripts(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
}

/** Custom elements on the page that no script has defined (yet). */
const undefinedElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.includes('-') && !element.matches(':defined'))
      .map((element) => element.localName),
  );

async function expectNoScriptRan(page: Page): Promise<void> {
  expect(await page.locator('noscript').count(), '<noscript> renders only without JavaScript').toBe(0);
  const custom = await page.evaluate(
    () => [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-')).length,
  );
  expect((await undefinedElements(page)).length, 'custom elements left undefined').toBe(custom);
}

/**
 * One page per worker for each JavaScript mode, reused by every scan: a fresh browser context
 * per page would cost more than the scan itself.
 */
const scan = test.extend<object, { scanPages: Record<'on' | 'off', Page> }>({
  scanPages: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const options = { ...(baseURL ? { baseURL } : {}), ...(viewport === undefined ? {} : { viewport }) };
      const contexts = await Promise.all([browser.newContext(options), browser.newContext(options)]);
      const [on, off] = await Promise.all(contexts.map((context) => context.newPage()));
      if (!on || !off) throw new Error('could not open the pages to scan');
      await withoutPageScripts(off);
      await use({ on, off });
      await Promise.all(contexts.map((context) => context.close()));
    },
    { scope: 'worker' },
  ],
});

test('the scan reports what it is shown: low contrast in either scheme, an image without a text', async ({
  page,
}) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb;background:#fff">faint</p>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
  );
  const found = await axeViolationsInBothSchemes(page);
  expect(found.some((line) => line.startsWith('[light] color-contrast'))).toBe(true);
  expect(found.some((line) => line.startsWith('[dark] color-contrast'))).toBe(true);
  expect(found.some((line) => line.startsWith('[light] image-alt'))).toBe(true);
});

for (const javaScript of ['on', 'off'] as const) {
  scan.describe(`axe, JavaScript ${javaScript}`, () => {
    for (const target of PAGE_TYPES) {
      if (javaScript === 'off' && (target.scriptedState || target.staticMain || target.withoutScriptsAs))
        continue;
      scan(`${target.name} ${target.path}`, async ({ scanPages }) => {
        const page = scanPages[javaScript];
        await page.goto(target.path);
        if (javaScript === 'on') {
          await expect.poll(() => undefinedElements(page), 'custom elements left undefined').toEqual([]);
          await target.ready?.(page);
        } else {
          await expectNoScriptRan(page);
        }
        // One page load, scanned in both colour schemes. Header and footer do not change with
        // JavaScript, so without it only `main` is scanned again.
        const found = await axeViolationsInBothSchemes(page, javaScript === 'off' ? { include: 'main' } : {});
        expect(found, `axe violations on ${target.path}`).toEqual([]);
      });
    }
  });
}

interface FocusStyle {
  /** The active element: name=value for a checkbox, else its id, text or tag. */
  id: string;
  /** The element carrying the outline (the control or its label). */
  ringOn: string;
  outlineStyle: string;
  outlineWidth: number;
  /** Contrast of the outline with the background around it. */
  contrast: number;
}

/** The focus ring of the active element, on itself or on its label (`:has(:focus-visible)`). */
function activeFocusStyle(page: Page): Promise<FocusStyle | undefined> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return undefined;
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color).map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** The first opaque background behind an element's outline. */
    const backgroundAround = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if (channels(background)[3] !== 0) return background;
      }
      return 'rgb(255, 255, 255)';
    };
    const id =
      active instanceof HTMLInputElement && active.type === 'checkbox'
        ? `${active.name}=${active.value}`
        : active.id || active.textContent.trim() || active.localName;
    for (const element of [active, active.closest('label')]) {
      if (!element) continue;
      const style = getComputedStyle(element);
      const outlineWidth = parseFloat(style.outlineWidth);
      if (style.outlineStyle === 'none' || outlineWidth < 2) continue;
      const [lighter = 0, darker = 0] = [
        luminance(style.outlineColor),
        luminance(backgroundAround(element)),
      ].sort((a, b) => b - a);
      return {
        id,
        ringOn: element.localName,
        outlineStyle: style.outlineStyle,
        outlineWidth,
        contrast: Math.round(((lighter + 0.05) / (darker + 0.05)) * 100) / 100,
      };
    }
    return { id, ringOn: 'none', outlineStyle: 'none', outlineWidth: 0, contrast: 0 };
  });
}

async function tabUntil(page: Page, isTarget: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit && !(await isTarget()); presses++) await page.keyboard.press('Tab');
}

function expectVisibleRing(style: FocusStyle | undefined, where: string): void {
  expect(style, `${where}: nothing has focus`).toBeDefined();
  expect(style?.outlineStyle, `${where}: ${style?.id} has no outline`).not.toBe('none');
  expect(style?.outlineWidth, `${where}: outline width of ${style?.id}`).toBeGreaterThanOrEqual(2);
  expect(style?.contrast, `${where}: contrast of the ring around ${style?.id}`).toBeGreaterThanOrEqual(3);
}

test.describe('keyboard focus', () => {
  for (const colorScheme of SCHEMES) {
    test(`/tools/ filter panel: Tab visits the checkboxes and rubric notes in DOM order, each with a visible ring (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/tools/');
      await page.waitForFunction(() => customElements.get('badge-filter') !== undefined);
      const form = page.getByRole('form', { name: 'Filter tools' });
      const boxes = form.locator('input[type="checkbox"]:enabled, .filter-help > summary');
      // A checkbox by name=value, a "what the values mean" disclosure by its text.
      const order = await boxes.evaluateAll((elements) =>
        elements.map((element) =>
          element instanceof HTMLInputElement
            ? `${element.name}=${element.value}`
            : (element.textContent ?? '').trim(),
        ),
      );
      expect(order.length).toBeGreaterThan(5);
      await tabUntil(page, () => boxes.first().evaluate((box) => box === document.activeElement));
      const visited: string[] = [];
      for (const expected of order) {
        const style = await activeFocusStyle(page);
        expectVisibleRing(style, `/tools/ filter ${expected}`);
        visited.push(style?.id ?? '');
        await page.keyboard.press('Tab');
      }
      expect(visited).toEqual(order);
    });

    test(`header search box shows a focus ring (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/tools/mlflow/');
      const box = page.locator('#site-search-input');
      await tabUntil(page, () => box.evaluate((input) => input === document.activeElement), 12);
      await expect(box).toBeFocused();
      expectVisibleRing(await activeFocusStyle(page), 'header search box');
    });
  }

  test('without JavaScript, the filter options are links, each with a visible ring', async ({ page }) => {
    await withoutPageScripts(page);
    await page.goto('/tools/');
    await expectNoScriptRan(page);
    // Each option is a link; each rubric note a disclosure between the groups.
    const links = page
      .getByRole('form', { name: 'Filter tools' })
      .locator('fieldset a, .filter-help > summary');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    await tabUntil(page, () => links.first().evaluate((link) => link === document.activeElement));
    for (let index = 0; index < count; index++) {
      await expect(links.nth(index)).toBeFocused();
      expectVisibleRing(await activeFocusStyle(page), `/tools/ filter link ${index + 1}`);
      await page.keyboard.press('Tab');
    }
  });
});
