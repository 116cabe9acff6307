import { describe, expect, it } from 'vitest';
import { badgePages } from '../../src/lib/badge-pages.ts';
import * as generic from '../../src/lib/filter-state.ts';
import {
  FILTER_GROUP_VALUES,
  CATEGORY_KEY,
  badgePageTitle,
  filterDataAttributes,
  filterGroups,
  facetCounts,
  facetValuesOf,
  resultSummary,
  serializeFilterState,
  listingCounts,
  type FilterState,
} from '../../src/lib/filters.ts';

// The browser's functions, with every group of the site, as on /tools/.
const { isEmptyState, matchesFilters } = generic;
const parseFilterState = (search: string | URLSearchParams): FilterState =>
  generic.parseFilterState(search, FILTER_GROUP_VALUES);

interface Entry {
  name: string;
  license?: string;
  difficulty?: string;
}

const entries: Entry[] = [
  { name: 'A', license: 'open-source', difficulty: 'beginner' },
  { name: 'B', license: 'open-source', difficulty: 'advanced' },
  { name: 'C', license: 'freemium', difficulty: 'beginner' },
  { name: 'D', license: 'commercial' },
  { name: 'E' },
];
const values = entries.map((entry) => facetValuesOf(entry));
const names = (state: ReturnType<typeof parseFilterState>) =>
  entries
    .filter((_, index) => matchesFilters(values[index] ?? facetValuesOf({}), state))
    .map((entry) => entry.name);

describe('parseFilterState', () => {
  it('reads comma-separated values', () => {
    expect(parseFilterState('?license=open-source,freemium&difficulty=beginner')).toEqual({
      license: ['open-source', 'freemium'],
      difficulty: ['beginner'],
    });
  });

  it('reads repeated keys, in canonical order, without duplicates', () => {
    expect(parseFilterState('license=freemium&license=open-source&license=freemium')).toEqual({
      license: ['open-source', 'freemium'],
    });
  });

  it('ignores unknown values and parameters, never throwing', () => {
    expect(parseFilterState('license=gratis,,FREE&difficulty=&colour=red&q=mlflow')).toEqual({
      license: ['free'],
    });
    expect(parseFilterState('%%%')).toEqual({});
  });

  it('round-trips through serializeFilterState', () => {
    const query = 'license=open-source,not-rated&difficulty=intermediate,advanced';
    expect(serializeFilterState(parseFilterState(query))).toBe(query);
    expect(serializeFilterState({})).toBe('');
    expect(isEmptyState(parseFilterState(''))).toBe(true);
  });
});

describe('matchesFilters', () => {
  it('keeps everything when nothing is selected', () => {
    expect(names({})).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('combines options of one group with OR', () => {
    expect(names({ license: ['open-source', 'freemium'] })).toEqual(['A', 'B', 'C']);
  });

  it('combines groups with AND', () => {
    expect(names({ license: ['open-source', 'freemium'], difficulty: ['beginner'] })).toEqual(['A', 'C']);
  });

  it('selects entries without a badge by "not-rated"', () => {
    expect(names({ license: ['not-rated'] })).toEqual(['E']);
    expect(names({ difficulty: ['not-rated'] })).toEqual(['D', 'E']);
  });
});

describe('facetCounts', () => {
  it('counts every option over all entries when nothing is selected', () => {
    const counts = facetCounts(values, {});
    expect(Object.fromEntries(counts.license)).toEqual({
      'open-source': 2,
      'source-available': 0,
      free: 0,
      freemium: 1,
      commercial: 1,
      'pay-per-use': 0,
      'not-rated': 1,
    });
    expect(Object.fromEntries(counts.difficulty)).toEqual({
      beginner: 2,
      intermediate: 0,
      advanced: 1,
      'not-rated': 2,
    });
  });

  it('counts each group under the selections of the other groups only', () => {
    const counts = facetCounts(values, { license: ['open-source'], difficulty: ['beginner'] });
    // License options are counted among beginner entries (A, C); difficulty among open source (A, B).
    expect(counts.license.get('open-source')).toBe(1);
    expect(counts.license.get('freemium')).toBe(1);
    expect(counts.license.get('commercial')).toBe(0);
    expect(counts.difficulty.get('beginner')).toBe(1);
    expect(counts.difficulty.get('advanced')).toBe(1);
    expect(counts.difficulty.get('not-rated')).toBe(0);
  });
});

describe('listingCounts', () => {
  it('equals the counts with nothing selected, computed once per list', () => {
    const counts = listingCounts(entries);
    expect(counts).toEqual(facetCounts(values, {}));
    expect(listingCounts(entries)).toBe(counts);
    expect(listingCounts([...entries])).not.toBe(counts);
  });

  it("counts a badge page's listing next to its option", () => {
    const state = { license: ['open-source'] };
    const counts = listingCounts(entries, undefined, state);
    expect(counts).toEqual(facetCounts(values, state));
    expect(counts.difficulty.get('beginner')).toBe(1);
    expect(counts.license.get('freemium')).toBe(1);
  });
});

describe('helpers', () => {
  it('summarises the result', () => {
    expect(resultSummary(12, 37, 'tools')).toBe('12 of 37 tools');
    expect(resultSummary(37, 37, 'tools')).toBe('37 tools');
  });

  it('titles badge pages', () => {
    expect(badgePageTitle('license', 'open-source', 'tools')).toBe('Open source tools');
    expect(badgePageTitle('difficulty', 'beginner', 'tools')).toBe('Beginner tools');
    expect(badgePageTitle('difficulty', 'not-rated', 'tools')).toBe('Tools not rated for difficulty');
  });

  it('builds one badge page per option with exactly the entries carrying it', () => {
    const pages = badgePages(entries, filterGroups(['license', 'difficulty']));
    expect(pages).toHaveLength(7 + 4);
    const openSource = pages.find((page) => page.params.value === 'open-source');
    expect(openSource?.props.entries.map((entry) => entry.name)).toEqual(['A', 'B']);
    const unrated = pages.find(
      (page) => page.params.group === 'difficulty' && page.params.value === 'not-rated',
    );
    expect(unrated?.props.entries.map((entry) => entry.name)).toEqual(['D', 'E']);
  });
});

describe('filter state with the groups a form offers (the browser side)', () => {
  // Two groups only, as on the learning-resource listing; the values come from the form.
  const offered = [
    { key: 'license', values: ['open-source', 'commercial', 'not-rated'] },
    { key: 'difficulty', values: ['beginner', 'not-rated'] },
  ];

  it('ignores groups and values the form does not offer', () => {
    expect(
      generic.parseFilterState('license=commercial,freemium&status=archived&difficulty=NOT-RATED', offered),
    ).toEqual({ license: ['commercial'], difficulty: ['not-rated'] });
  });

  it('serialises in the form’s order, and counts only the offered groups', () => {
    expect(
      generic.serializeFilterState(
        { difficulty: ['beginner'], license: ['not-rated', 'open-source'] },
        offered,
      ),
    ).toBe('license=open-source,not-rated&difficulty=beginner');
    const facets = [
      generic.facetValuesOf({ license: 'open-source', difficulty: 'beginner' }, offered),
      generic.facetValuesOf({ license: 'commercial' }, offered),
    ];
    expect(facets[1]).toEqual({ license: ['commercial'], difficulty: ['not-rated'] });
    const counts = generic.facetCounts(facets, { license: ['commercial'] }, offered);
    expect(Object.keys(counts)).toEqual(['license', 'difficulty']);
    expect(counts['license']?.get('open-source')).toBe(1);
    expect(counts['difficulty']?.get('beginner')).toBe(0);
    expect(counts['difficulty']?.get('not-rated')).toBe(1);
  });

  it('lists every group of the site, in display order', () => {
    expect(FILTER_GROUP_VALUES.map((group) => group.key)).toEqual([
      'license',
      'difficulty',
      'deployment',
      'status',
      'maintainer',
      'language',
    ]);
  });

  it('reads the maintainer kind and every SDK language of a tool, "not-rated" where unknown', () => {
    const values = facetValuesOf({
      maintainer: { name: 'CNCF project', kind: 'foundation' },
      languages: { sdk: ['python', 'go'], implementation: ['go'] },
    });
    expect(values.maintainer).toEqual(['foundation']);
    expect(values.language).toEqual(['python', 'go']);
    expect(facetValuesOf({ languages: { sdk: [] } }).language).toEqual(['not-rated']);
    expect(badgePageTitle('language', 'python', 'tools')).toBe('Python tools');
    expect(badgePageTitle('maintainer', 'not-rated', 'tools')).toBe('Tools whose maintainer is unknown');
  });
});

describe('the category group, built from the content, with tools listed in several categories', () => {
  const context = {
    categories: [
      { id: 'model-serving', name: 'Model Serving' },
      { id: 'feature-stores', name: 'Feature Stores' },
      { id: 'model-versioning', name: 'Model Versioning' },
    ],
  };
  const groups = filterGroups([CATEGORY_KEY, 'license'], context);
  const tools = [
    { name: 'Server', category: 'model-serving', license: 'open-source' },
    {
      name: 'Registry',
      category: 'model-versioning',
      alsoIn: [{ category: 'model-serving' }, { category: 'model-versioning' }],
      license: 'commercial',
    },
    { name: 'Store', category: 'feature-stores', license: 'open-source' },
  ];
  const toolValues = tools.map((tool) => facetValuesOf(tool, groups));

  it('reads every category a tool is listed in, once each, and offers only the content’s categories', () => {
    expect(toolValues[1]?.category).toEqual(['model-versioning', 'model-serving']);
    expect(groups[0]?.options.map((option) => option.value)).toEqual([
      'model-serving',
      'feature-stores',
      'model-versioning',
    ]);
    expect(filterGroups([CATEGORY_KEY, 'license']).map((group) => group.key)).toEqual(['license']);
  });

  it('keeps a tool when any of its categories is selected, and counts it under each', () => {
    const kept = tools.filter((_, index) =>
      generic.matchesFilters(toolValues[index] ?? facetValuesOf({}, groups), { category: ['model-serving'] }),
    );
    expect(kept.map((tool) => tool.name)).toEqual(['Server', 'Registry']);
    const counts = facetCounts(toolValues, { license: ['open-source'] }, groups);
    expect(Object.fromEntries(counts.category)).toEqual({
      'model-serving': 1,
      'feature-stores': 1,
      'model-versioning': 0,
    });
  });

  it('writes several values as one space-separated attribute that the browser reads back', () => {
    const attributes = filterDataAttributes(tools[1] ?? {}, groups);
    expect(attributes).toEqual({
      'data-category': 'model-versioning model-serving',
      'data-license': 'commercial',
    });
    const fromDataset = generic.facetValuesOf(
      { category: attributes['data-category'], license: attributes['data-license'] },
      [
        { key: 'category', values: [] },
        { key: 'license', values: [] },
      ],
    );
    expect(fromDataset).toEqual(toolValues[1]);
  });

  it('pre-renders one page per category with every tool listed there, and titles it', () => {
    const pages = badgePages(tools, groups);
    const serving = pages.find(
      (page) => page.params.group === CATEGORY_KEY && page.params.value === 'model-serving',
    );
    expect(serving?.props.entries.map((tool) => tool.name)).toEqual(['Server', 'Registry']);
    expect(badgePageTitle(CATEGORY_KEY, 'model-serving', 'tools', groups)).toBe('Tools for Model Serving');
    expect(serializeFilterState({ category: ['feature-stores', 'model-serving'] }, groups)).toBe(
      'category=model-serving,feature-stores',
    );
  });
});
