import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  comparableName,
  isBlankSearch,
  parseSearchState,
  searchSummary,
  serializeSearchState,
  toPagefindFilters,
  uniqueByUrl,
} from '../../src/lib/search.ts';
import { searchFacets } from '../../src/lib/search-facets.ts';
import { rankResults } from '../../src/lib/search-rank.ts';
import { inSearchOrder, searchOrderOf } from '../../src/lib/search-order.ts';

const vocabulary = {
  kind: ['tool', 'resource', 'guide'],
  license: ['open-source', 'free', 'freemium', 'commercial', 'pay-per-use', 'not-rated'],
  difficulty: ['beginner', 'intermediate', 'advanced', 'not-rated'],
};

describe('search state in the URL', () => {
  it('reads the query and the filters with the badge filters’ conventions', () => {
    expect(
      parseSearchState(
        '?q=  model   registry &license=freemium,open-source&license=gratis&kind=tool',
        vocabulary,
      ),
    ).toEqual({
      query: 'model registry',
      filters: { kind: ['tool'], license: ['open-source', 'freemium'] },
    });
  });

  it('writes a readable, canonical query string that reads back the same', () => {
    const state = parseSearchState(
      'difficulty=advanced&license=freemium,open-source&q=k8s+%26+more',
      vocabulary,
    );
    const written = serializeSearchState(state, vocabulary);
    expect(written).toBe('q=k8s+%26+more&license=open-source,freemium&difficulty=advanced');
    expect(parseSearchState(written, vocabulary)).toEqual(state);
  });

  it('knows a blank search', () => {
    expect(isBlankSearch(parseSearchState('', vocabulary))).toBe(true);
    expect(isBlankSearch(parseSearchState('q=%20', vocabulary))).toBe(true);
    expect(isBlankSearch(parseSearchState('kind=guide', vocabulary))).toBe(false);
  });
});

describe('toPagefindFilters', () => {
  it('ORs values within a facet and leaves out the facet being counted', () => {
    const filters = { license: ['open-source', 'free'], difficulty: ['beginner'] };
    expect(toPagefindFilters(filters)).toEqual({
      license: { any: ['open-source', 'free'] },
      difficulty: { any: ['beginner'] },
    });
    expect(toPagefindFilters(filters, 'license')).toEqual({ difficulty: { any: ['beginner'] } });
  });
});

describe('results', () => {
  it('never lists the same page twice', () => {
    const results = [
      { url: '/tools/feast/' },
      { url: '/tools/feast/#features' },
      { url: '/tools/feast' },
      { url: '/tools/tecton/' },
    ];
    expect(uniqueByUrl(results).map((result) => result.url)).toEqual(['/tools/feast/', '/tools/tecton/']);
  });

  it('summarises what was searched', () => {
    expect(searchSummary(1, 'feast', [])).toBe('1 result for “feast”');
    expect(searchSummary(3, '', ['Open source', 'Beginner'])).toBe(
      '3 results · filtered by Open source, Beginner',
    );
  });

  it('offers kind, category and every badge group as facets, each with the options some entry carries', () => {
    const entries = [
      { category: 'model-serving', license: 'open-source', difficulty: 'beginner' },
      { category: 'model-serving', license: 'commercial' },
    ];
    const facets = searchFacets([{ id: 'model-serving', name: 'Model Serving' }], entries);
    expect(facets.find((facet) => facet.key === 'license')?.options.map((option) => option.value)).toEqual([
      'open-source',
      'commercial',
    ]);
    expect(facets.find((facet) => facet.key === 'difficulty')?.options.map((option) => option.value)).toEqual(
      ['beginner', 'not-rated'],
    );
    expect(facets.map((facet) => facet.key)).toEqual([
      'kind',
      'license',
      'difficulty',
      'category',
      'deployment',
      'status',
      'maintainer',
      'language',
    ]);
    expect(
      facets.find((facet) => facet.key === 'category')?.options.map((option) => [option.value, option.label]),
    ).toEqual([['model-serving', 'Model Serving']]);
  });
});

describe('exact names first', () => {
  const result = (title: string, aliases?: string[]) => ({
    url: `/tools/${title.toLowerCase().replace(/\W+/g, '-')}/`,
    meta: { title, ...(aliases ? { aliases: JSON.stringify(aliases) } : {}) },
  });

  it('compares names as people type them', () => {
    expect(comparableName('  Weights & Biases ')).toBe('weights biases');
    expect(comparableName('W&B')).toBe(comparableName('w b'));
    expect(comparableName('Kübeflow')).toBe('kubeflow');
    expect(comparableName('TF-Serving')).toBe('tf serving');
  });

  it('reads aliases from meta, and treats anything malformed as none', () => {
    expect(aliasesOf({ aliases: '["Feature Store","FS"]' })).toEqual(['Feature Store', 'FS']);
    expect(aliasesOf({})).toEqual([]);
    expect(aliasesOf({ aliases: 'not json' })).toEqual([]);
    expect(aliasesOf({ aliases: '{"a":1}' })).toEqual([]);
    expect(aliasesOf({ aliases: '["ok", 3, null]' })).toEqual(['ok']);
  });

  it('moves exact name and alias matches to the front and keeps the rest in order', () => {
    const results = [
      result('AWS SageMaker Feature Store'),
      result('Hopsworks'),
      result('Feast', ['Feature Store']),
      result('Tecton'),
    ];
    expect(rankResults(results, 'feature  STORE').map((entry) => entry.meta.title)).toEqual([
      'Feast',
      'AWS SageMaker Feature Store',
      'Hopsworks',
      'Tecton',
    ]);
    expect(rankResults(results, 'tecton').map((entry) => entry.meta.title)).toEqual([
      'Tecton',
      'AWS SageMaker Feature Store',
      'Hopsworks',
      'Feast',
    ]);
  });

  it('ranks a window as both the suggestions and the search page show it: each page once, exact first', () => {
    const feast = result('Feast', ['Feature Store']);
    const window = [
      result('AWS SageMaker Feature Store'),
      feast,
      { ...feast, url: '/tools/feast/#features' },
    ];
    expect(rankResults(window, 'Feature Store').map((entry) => entry.url)).toEqual([
      '/tools/feast/',
      '/tools/aws-sagemaker-feature-store/',
    ]);
  });

  it('leaves the order alone when nothing matches exactly, or the query is blank', () => {
    const results = [result('MLflow'), result('MLflow Model Registry', ['model registry'])];
    expect(rankResults(results, 'registry')).toEqual(results);
    expect(rankResults(results, ' ')).toEqual(results);
    expect(rankResults(results, 'mlflow').map((entry) => entry.meta.title)).toEqual([
      'MLflow',
      'MLflow Model Registry',
    ]);
  });
});

describe('search order', () => {
  const vocabulary = { kind: ['tool', 'resource'] };

  it('reads and writes ?sort= with the other search state, only for a known order', () => {
    const state = parseSearchState('q=serve&kind=tool&sort=stars', vocabulary);
    expect(state.sort).toBe('stars');
    expect(serializeSearchState(state, vocabulary)).toBe('q=serve&kind=tool&sort=stars');
    expect(parseSearchState('sort=loudest', vocabulary).sort).toBeUndefined();
  });

  it('an order alone is a search: the whole directory in that order', () => {
    expect(isBlankSearch(parseSearchState('sort=stars', vocabulary))).toBe(false);
    expect(isBlankSearch(parseSearchState('', vocabulary))).toBe(true);
  });
});

describe('sorted search from order files', () => {
  const order = { order: 'stars', tools: ['kserve', 'feast', 'mlflow'] } as const;
  const ids = new Map([
    ['mlflow', 'en_1'],
    ['feast', 'en_2'],
    ['kserve', 'en_3'],
    ['bentoml', 'en_4'],
  ]);

  it('turns an order of slugs into page ids, refusing a tool the index lacks', () => {
    expect(searchOrderOf(order, ids)).toEqual({ order: 'stars', ids: ['en_3', 'en_2', 'en_1'] });
    expect(() => searchOrderOf({ order: 'name', tools: ['feast', 'ghost'] }, ids)).toThrow(/ghost/);
  });

  it('keeps the results that have a place in the order, in that order', () => {
    const results = ['en_1', 'en_9', 'en_3', 'en_4', 'en_2'].map((id) => ({ id }));
    expect(inSearchOrder(results, ['en_3', 'en_2', 'en_1', 'en_4']).map((result) => result.id)).toEqual([
      'en_3',
      'en_2',
      'en_1',
      'en_4',
    ]);
    expect(inSearchOrder(results, [])).toEqual([]);
  });
});
