import { describe, expect, it } from 'vitest';
import { CATEGORY_KEY, TOOL_FILTER_KEYS, filterGroups } from '../../src/lib/filters.ts';
import {
  categoryListingRoutes,
  listingDataRoutes,
  toolListingRoutes,
  type ListingRoute,
} from '../../src/lib/listing-routes.ts';
import { pageHref } from '../../src/lib/paginate.ts';
import { DEFAULT_SORT, SORT_VALUES, sortedOrders, sortedHref } from '../../src/lib/upstream-view.ts';
import { listedIn, readEntries } from '../helpers/content.ts';

// The fixture's tools and categories, as the filters read them.
const tools = [...readEntries('tools').values()];
const categories = [...readEntries('categories').entries()].map(([id, category]) => ({
  id,
  name: String(category['name']),
}));
const allGroups = filterGroups(TOOL_FILTER_KEYS, { categories });
// Small pages, so that the fixture's listings span several.
const size = 5;
const pagesOf = (total: number) => Math.max(1, Math.ceil(total / size));

const addresses = <P>(routes: readonly ListingRoute<P>[]) => routes.map((route) => route.params.listing);
/** The address a route builds under its family's root, as a link to it is written. */
const addressOf = (root: string, route: ListingRoute<unknown>) =>
  route.params.listing === undefined ? root : `${root}${route.params.listing}/`;

describe('the all-tools route family', () => {
  const routes = toolListingRoutes(tools, allGroups, { size });
  const all = routes.filter((route) => route.props.kind === 'all');

  it('builds the listing of every tool in each order, split into pages, at the addresses its links name', () => {
    const pages = pagesOf(tools.length);
    expect(pages).toBeGreaterThan(1);
    expect(addresses(all).slice(0, pages)).toEqual([
      undefined,
      ...Array.from({ length: pages - 1 }, (_, index) => `page/${index + 2}`),
    ]);
    expect(all).toHaveLength(pages * SORT_VALUES.length);
    expect(addresses(all)).toContain('sorted/stars');
    expect(addresses(all)).toContain(`sorted/stars/page/${pages}`);
    for (const route of all) {
      expect(addressOf('/tools/', route)).toBe(
        pageHref(sortedHref('/tools/', route.props.order), route.props.page),
      );
    }
  });

  it('builds one A to Z listing per filter option, with the tools that carry it', () => {
    const badges = routes.flatMap((route) => (route.props.kind === 'badge' ? [route.props] : []));
    const serving = badges.filter((props) => props.group === CATEGORY_KEY && props.value === 'model-serving');
    const listed = tools.filter((tool) => listedIn(tool, 'model-serving'));
    expect(listed.length).toBeGreaterThan(size);
    expect(serving.map((props) => props.page)).toEqual(
      Array.from({ length: pagesOf(listed.length) }, (_, index) => index + 1),
    );
    expect(serving[0]?.entries).toEqual(listed);
    expect(addresses(routes)).toContain('category/model-serving');
    expect(addresses(routes)).toContain('category/model-serving/page/2');
    expect(badges.every((props) => props.order === DEFAULT_SORT)).toBe(true);
    // Every option of every group has its page, even one no tool carries (it says so).
    for (const group of allGroups) {
      for (const option of group.options) {
        expect(addresses(routes)).toContain(`${group.key}/${option.value}`);
      }
    }
  });

  it('never builds a one-segment address (a tool page of its own route) nor one address twice', () => {
    const built = addresses(routes);
    expect(new Set(built).size).toBe(built.length);
    for (const address of built) {
      if (address !== undefined) expect(address.split('/').length).toBeGreaterThanOrEqual(2);
    }
    // A facet group named like the listing's own segments would take their addresses.
    for (const group of allGroups) expect(['page', 'sorted']).not.toContain(group.key);
  });

  it('follows the data: a new order or filter group adds its pages, with no route file', () => {
    const licenseOnly = filterGroups(['license']);
    const before = toolListingRoutes(tools, licenseOnly, { orders: [DEFAULT_SORT], size });
    expect(addresses(before).some((address) => address?.startsWith('sorted/'))).toBe(false);
    expect(addresses(before).some((address) => address?.startsWith('difficulty/'))).toBe(false);

    const withOrder = toolListingRoutes(tools, licenseOnly, { orders: [DEFAULT_SORT, 'stars'], size });
    const added = addresses(withOrder).filter((address) => !addresses(before).includes(address));
    expect(added).toEqual([
      'sorted/stars',
      ...Array.from({ length: pagesOf(tools.length) - 1 }, (_, index) => `sorted/stars/page/${index + 2}`),
    ]);

    const withGroup = toolListingRoutes(tools, filterGroups(['license', 'difficulty']), {
      orders: [DEFAULT_SORT],
      size,
    });
    const newGroup = addresses(withGroup).filter((address) => !addresses(before).includes(address));
    expect(newGroup.filter((address) => !address?.includes('/page/'))).toEqual(
      filterGroups(['difficulty']).flatMap((group) =>
        group.options.map((option) => `difficulty/${option.value}`),
      ),
    );
    expect(newGroup.every((address) => address?.startsWith('difficulty/'))).toBe(true);
    expect(sortedOrders().every((order) => addresses(all).includes(`sorted/${order}`))).toBe(true);
  });
});

describe('the category route family', () => {
  const totalOf = (category: { id: string }) => tools.filter((tool) => listedIn(tool, category.id)).length;

  it("builds each category's listing in each order, split into pages", () => {
    const routes = categoryListingRoutes(categories, totalOf, { size });
    const serving = routes.filter((route) => route.props.category.id === 'model-serving');
    const pages = pagesOf(totalOf({ id: 'model-serving' }));
    expect(pages).toBeGreaterThan(1);
    expect(serving).toHaveLength(pages * SORT_VALUES.length);
    expect(addresses(serving)).toEqual(
      expect.arrayContaining(['model-serving', 'model-serving/page/2', 'model-serving/sorted/added/page/2']),
    );
    for (const route of routes) {
      expect(route.params.listing).toBeDefined();
      expect(addressOf('/categories/', route)).toBe(
        pageHref(sortedHref(`/categories/${route.props.category.id}/`, route.props.order), route.props.page),
      );
    }
    expect(new Set(addresses(routes)).size).toBe(routes.length);
  });

  it('follows the data: a new category or order adds its pages', () => {
    const one = categories.slice(0, 1);
    const before = categoryListingRoutes(one, () => 1, { orders: [DEFAULT_SORT] });
    expect(addresses(before)).toEqual([one[0]?.id]);
    const after = categoryListingRoutes([...one, { id: 'new-job', name: 'New job' }], () => 1, {
      orders: [DEFAULT_SORT, 'activity'],
    });
    expect(addresses(after)).toEqual([
      one[0]?.id,
      `${one[0]?.id}/sorted/activity`,
      'new-job',
      'new-job/sorted/activity',
    ]);
  });
});

describe('the listings’ filter data', () => {
  it('is built for the all-tools listing and each category, in every order', () => {
    const routes = listingDataRoutes(categories);
    expect(routes).toHaveLength((categories.length + 1) * SORT_VALUES.length);
    expect(routes[0]).toEqual({
      params: { listing: 'all', order: SORT_VALUES[0] },
      props: { listing: 'all', order: SORT_VALUES[0] },
    });
    expect(routes.map((route) => `${route.params.listing}/${route.params.order}`)).toContain(
      `${categories[0]?.id}/stars`,
    );
  });
});
