import { describe, expect, it } from 'vitest';
import { cardsOfListingPage } from '../../src/lib/card-fragments.ts';
import {
  facetCounts,
  matchesFilters,
  singleOptionCounts,
  singleOptionCountsOf,
} from '../../src/lib/filter-state.ts';
import {
  TOOL_FILTER_KEYS,
  facetValuesOf,
  filterGroups,
  groupValues,
  type FilterState,
} from '../../src/lib/filters.ts';
import {
  createListingIndex,
  encodeGroups,
  encodeSmall,
  resultPage,
  type ListingData,
} from '../../src/lib/listing-index.ts';
import { readEntries } from '../helpers/content.ts';

// The fixture's tools as a listing: every filter group of /tools/, category and SDK languages
// (several values per tool) included.
const categories = [...readEntries('categories').entries()].map(([id, data]) => ({
  id,
  name: String(data['name']),
}));
const groups = filterGroups(TOOL_FILTER_KEYS, { categories });
const tools = [...readEntries('tools').entries()].map(([slug, data]) => ({ slug, ...data }));
const values = tools.map((tool) => facetValuesOf(tool, groups));
const data: ListingData = {
  tools: tools.map((tool) => tool.slug),
  groups: encodeGroups(values, groupValues(groups)),
};
const index = createListingIndex(data);

/** One state per option of every group, and some that combine groups and options. */
const states: FilterState[] = [
  {},
  ...groupValues(groups).flatMap((group) => group.values.map((value) => ({ [group.key]: [value] }))),
  { license: ['open-source', 'freemium'] },
  { license: ['open-source'], difficulty: ['advanced'] },
  {
    category: ['model-serving', 'infrastructure-orchestration'],
    license: ['open-source'],
    difficulty: ['beginner'],
  },
  { language: ['python'], deployment: ['self-hosted', 'managed'] },
  { license: ['commercial'], difficulty: ['advanced'] },
];

describe('the counts of every one-option selection', () => {
  it('equal facetCounts for each option of each group, carried or not', () => {
    const keys = groupValues(groups);
    // An entry that repeats a value still passes its selection once.
    const [first] = values;
    if (!first) throw new Error('the fixture has no tools');
    const repeated = { ...first, language: ['python', 'python'] };
    for (const list of [values, [...values, repeated]]) {
      const table = singleOptionCounts(list, keys);
      for (const group of keys) {
        for (const value of [...group.values, 'carried-by-none']) {
          const state = { [group.key]: [value] };
          const expected = facetCounts(list, state, keys);
          const counts = singleOptionCountsOf(table, keys, group.key, value);
          for (const other of keys)
            expect(Object.fromEntries(counts[other.key]), `${other.key} under ${group.key}=${value}`).toEqual(
              Object.fromEntries(expected[other.key]),
            );
        }
      }
    }
    // The fixture covers entries with several values in a group.
    expect(values.some((entry) => entry.language.length > 1)).toBe(true);
  });
});

describe('a listing index', () => {
  it('keeps exactly the tools the filters keep, whatever the selection', () => {
    for (const state of states) {
      const expected = values.flatMap((entry, position) => (matchesFilters(entry, state) ? [position] : []));
      expect(index.matching(state), JSON.stringify(state)).toEqual(expected);
    }
    // The fixture has tools in several categories and with several languages: the test covers them.
    expect(values.some((entry) => entry.category.length > 1)).toBe(true);
    expect(values.some((entry) => entry.language.length > 1)).toBe(true);
  });

  it('counts every option over the whole listing, as the listing pages do', () => {
    for (const state of states) {
      const counts = index.counts(state);
      const expected = facetCounts(values, state, groupValues(groups));
      for (const group of groupValues(groups))
        expect(
          Object.fromEntries(counts[group.key] ?? []),
          `${group.key} under ${JSON.stringify(state)}`,
        ).toEqual(Object.fromEntries(expected[group.key]));
    }
  });

  it('keeps a group of more than six values in several characters per tool', () => {
    const wide = { key: 'language', values: Array.from({ length: 14 }, (_, index) => `v${index}`) };
    const entries = [{ language: ['v0', 'v13'] }, { language: ['v7'] }, { language: [] }];
    const encoded = encodeGroups(entries, [wide]);
    expect(encoded[0]?.codes).toHaveLength(9);
    const wideIndex = createListingIndex({ tools: ['a', 'b', 'c'], groups: encoded });
    expect(wideIndex.matching({ language: ['v13'] })).toEqual([0]);
    expect(wideIndex.matching({ language: ['v7', 'v0'] })).toEqual([0, 1]);
    expect(wideIndex.counts({}).language?.get('v13')).toBe(1);
  });

  it('refuses data whose codes do not fit its tools', () => {
    expect(() =>
      createListingIndex({ tools: ['a', 'b'], groups: [{ key: 'license', values: ['x'], codes: 'B' }] }),
    ).toThrow(/1 characters for 2 tools/);
  });
});

describe('a page of results', () => {
  const subcategories = [
    { id: 'servers', name: 'Servers' },
    { id: 'gateways', name: 'Gateways', description: 'In front of the APIs' },
  ];
  const listing: ListingData = {
    tools: ['a', 'b', 'c', 'd', 'e'],
    groups: [],
    subcategories,
    subcategoryCodes: [0, 0, 0, 1, 1].map(encodeSmall).join(''),
  };

  it('slices the matching tools into pages and says how many there are', () => {
    expect(resultPage(listing, [0, 1, 2, 3, 4], 2, 2)).toEqual({
      page: 2,
      pages: 3,
      runs: [
        { subcategory: subcategories[0], tools: ['c'] },
        { subcategory: subcategories[1], tools: ['d'] },
      ],
    });
    expect(resultPage(listing, [], 1, 2)).toEqual({ page: 1, pages: 1, runs: [] });
  });

  it('shows the last page when asked for a page the selection does not reach', () => {
    expect(resultPage(listing, [0, 1, 2], 8, 2)).toEqual({
      page: 2,
      pages: 2,
      runs: [{ subcategory: subcategories[0], tools: ['c'] }],
    });
  });

  it('groups a page by subcategory, or in one run where the listing has none', () => {
    expect(resultPage(listing, [1, 4], 1, 40).runs).toEqual([
      { subcategory: subcategories[0], tools: ['b'] },
      { subcategory: subcategories[1], tools: ['e'] },
    ]);
    expect(resultPage({ tools: listing.tools, groups: [] }, [1, 4], 1, 40).runs).toEqual([
      { subcategory: undefined, tools: ['b', 'e'] },
    ]);
  });
});

describe('card fragments', () => {
  it('takes each card of a listing page as the build wrote it, by slug', () => {
    const html =
      '<main><ul class="card-grid"><li><article class="card"><h2 class="card-name"><a href="/guide/tools/mlflow/">MLflow</a></h2><p>A &amp; B</p></article></li>' +
      '<li><article class="card" data-x><h2 class="card-name"><a href="/guide/tools/feast/">Feast</a></h2></article></li></ul></main>';
    const cards = cardsOfListingPage(html);
    expect([...cards.keys()]).toEqual(['mlflow', 'feast']);
    expect(cards.get('mlflow')).toBe(
      '<article class="card"><h2 class="card-name"><a href="/guide/tools/mlflow/">MLflow</a></h2><p>A &amp; B</p></article>',
    );
  });

  it('fails on a card that links to no tool page', () => {
    expect(() => cardsOfListingPage('<article class="card"><h2>Nameless</h2></article>')).toThrow(
      /links to no tool page/,
    );
  });
});
