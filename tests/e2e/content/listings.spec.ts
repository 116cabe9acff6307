import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cardsOfListingPage } from '../../../src/lib/card-fragments.ts';
import { createListingIndex, type ListingData } from '../../../src/lib/listing-index.ts';
import { siteOutDir } from '../../helpers/sites.ts';

/**
 * Invariants of the real guide's listings, true however it grows: the filters of every listing
 * (all tools, each category, in every order) keep exactly the tools of the option's pre-rendered
 * badge page, and every kind of listing shows a tool card on the first screen of a laptop and of
 * a phone.
 */
const DIST = siteOutDir('content');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The tools of a pre-rendered listing, every page of it, by slug in order. */
function listedSlugs(path: string): string[] {
  const later = join(DIST, path, 'page');
  const pages = existsSync(later)
    ? readdirSync(later)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  return [`${path}index.html`, ...pages.map((page) => `${path}page/${page}/index.html`)].flatMap((file) => [
    ...cardsOfListingPage(read(file)).keys(),
  ]);
}

const badgePages = new Map<string, string[]>();
const badgePage = (key: string, value: string) => {
  const path = `tools/${key}/${value}/`;
  badgePages.set(path, badgePages.get(path) ?? listedSlugs(path));
  return badgePages.get(path) ?? [];
};

/** Every listing's data, by listing and order (`/data/listing/<listing>/<order>.json`). */
const listings = readdirSync(join(DIST, 'data', 'listing')).map((listing) => ({
  listing,
  orders: readdirSync(join(DIST, 'data', 'listing', listing)).map((file) => ({
    order: file.replace(/\.json$/, ''),
    data: JSON.parse(read(`data/listing/${listing}/${file}`)) as ListingData,
  })),
}));

test('every listing has its data in every order, each order holding the same tools', () => {
  expect(listings.map((entry) => entry.listing)).toContain('all');
  expect(listings.length).toBeGreaterThan(1);
  for (const { listing, orders } of listings) {
    const name = orders.find((entry) => entry.order === 'name');
    expect(name, `${listing} in name order`).toBeDefined();
    for (const { order, data } of orders)
      expect([...data.tools].sort(), `${listing} sorted by ${order}`).toEqual(
        [...(name?.data.tools ?? [])].sort(),
      );
  }
  // The all-tools listing is the pre-rendered one, page after page, and each category its badge page.
  const all = listings.find((entry) => entry.listing === 'all');
  expect(all?.orders.find((entry) => entry.order === 'name')?.data.tools).toEqual(listedSlugs('tools/'));
  for (const { listing, orders } of listings.filter((entry) => entry.listing !== 'all'))
    expect(new Set(orders[0]?.data.tools), listing).toEqual(new Set(badgePage('category', listing)));
});

test("every filter option keeps exactly its badge page's tools, on every listing and in every order", () => {
  let checked = 0;
  for (const { listing, orders } of listings) {
    const inListing = new Set(listing === 'all' ? listedSlugs('tools/') : badgePage('category', listing));
    for (const { order, data } of orders) {
      const index = createListingIndex(data);
      for (const group of data.groups) {
        for (const value of group.values) {
          const kept = index.matching({ [group.key]: [value] }).map((position) => data.tools[position]);
          const expected = badgePage(group.key, value).filter((slug) => inListing.has(slug));
          const where = `${listing} by ${order}, ${group.key}=${value}`;
          // The A to Z listing lists them in the badge page's order; the others hold the same tools.
          if (listing === 'all' && order === 'name') expect(kept, where).toEqual(expected);
          else expect(new Set(kept), where).toEqual(new Set(expected));
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(listings.length * 10);
});

/** The option of a listing with the most tools: its filtered view spans pages where any does. */
function largestOption(listing = 'all'): { key: string; value: string; count: number } {
  const data = listings.find((entry) => entry.listing === listing)?.orders[0]?.data;
  const index = data && createListingIndex(data);
  const options = (data?.groups ?? []).flatMap((group) =>
    group.values
      .filter((value) => value !== 'not-rated')
      .map((value) => ({
        key: group.key,
        value,
        count: index?.matching({ [group.key]: [value] }).length ?? 0,
      })),
  );
  return options.sort((a, b) => b.count - a.count)[0] ?? { key: 'license', value: 'open-source', count: 0 };
}

test('a filtered listing reaches every tool of the badge page by its page links, with the filter kept', async ({
  page,
}) => {
  const { key, value } = largestOption();
  const reached: string[] = [];
  for (let next: string | null = `/tools/?${key}=${value}`; next;) {
    await page.goto(next);
    await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
    expect(page.url()).toContain(`?${key}=${value}`);
    const html = await page.locator('[data-results]').innerHTML();
    reached.push(...cardsOfListingPage(html).keys());
    const link = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' });
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  expect(reached).toEqual(badgePage(key, value));
});

/** One page of every kind of listing: pages of the all-tools listing, each category, orders, badges, filters. */
function listingKinds(): string[] {
  const { key, value } = largestOption();
  const categories = listings.map((entry) => entry.listing).filter((listing) => listing !== 'all');
  const orders = (listings[0]?.orders ?? []).map((entry) => entry.order).filter((order) => order !== 'name');
  const laterPages = (path: string) => (existsSync(join(DIST, path, 'page', '2')) ? [`${path}page/2/`] : []);
  return [
    'tools/',
    ...laterPages('tools/'),
    ...orders.map((order) => `tools/sorted/${order}/`),
    `tools/${key}/${value}/`,
    `tools/?${key}=${value}`,
    ...categories.flatMap((id) => [`categories/${id}/`, ...laterPages(`categories/${id}/`)]),
    ...orders.slice(0, 1).flatMap((order) => categories.map((id) => `categories/${id}/sorted/${order}/`)),
    ...categories.map((id) => {
      const option = largestOption(id);
      return `categories/${id}/?${option.key}=${option.value}`;
    }),
  ];
}

async function firstCardInView(page: Page, path: string): Promise<void> {
  await page.goto(`/${path}`);
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('article.card').first(), path).toBeInViewport();
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('every kind of listing shows a tool card on the first screen', async ({ page }) => {
      for (const path of listingKinds()) await firstCardInView(page, path);
    });
  });
}
