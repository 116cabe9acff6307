import { describe, expect, it } from 'vitest';
import { facetOffers, searchWords, understandQuery } from '../../src/lib/query-understanding.ts';
import { synonymsFor } from '../../src/lib/synonyms.ts';
import { scoreQuery, summarize } from '../../scripts/lib/search-relevance.ts';

describe('understanding a query', () => {
  it('reads comparisons however they are written', () => {
    for (const query of [
      'feast vs tecton',
      'Feast VS. Tecton',
      'feast versus tecton',
      'feast or tecton',
      'feast compared to tecton',
    ])
      expect(understandQuery(query), query).toEqual({
        kind: 'compare',
        sides: [expect.stringMatching(/^feast$/i), expect.stringMatching(/^tecton$/i)],
      });
  });

  it('reads a request for alternatives', () => {
    expect(understandQuery('alternative to airflow')).toEqual({ kind: 'alternatives', of: 'airflow' });
    expect(understandQuery('alternatives for weights and biases')).toEqual({
      kind: 'alternatives',
      of: 'weights biases',
    });
    expect(understandQuery('mlflow alternatives')).toEqual({ kind: 'alternatives', of: 'mlflow' });
  });

  it('searches the other words without the joining ones, unless nothing else is left', () => {
    expect(understandQuery('serve llm on kubernetes')).toEqual({
      kind: 'words',
      words: 'serve llm kubernetes',
    });
    expect(searchWords('to and of')).toBe('to and of');
  });

  it('offers the facet values a query names, longest first, and the words left to search', () => {
    const options = [
      { key: 'license', value: 'open-source', label: 'Open source' },
      { key: 'deployment', value: 'managed', label: 'Managed' },
      { key: 'deployment', value: 'both', label: 'Self-hosted or managed' },
      { key: 'difficulty', value: 'beginner', label: 'Beginner' },
    ];
    expect(facetOffers('open-source feature store for beginners', options)).toEqual([
      { key: 'license', value: 'open-source', label: 'Open source', rest: 'feature store for beginners' },
    ]);
    expect(facetOffers('self-hosted or managed serving', options).map((offer) => offer.value)).toEqual([
      'both',
    ]);
    expect(facetOffers('beginner managed', options).map((offer) => [offer.value, offer.rest])).toEqual([
      ['beginner', ''],
      ['managed', ''],
    ]);
  });
});

describe('search synonyms, applied to a page when the index is built', () => {
  const groups = [
    ['k8s', 'kubernetes'],
    ['ci/cd', 'continuous integration'],
  ];

  it('adds the other words of every group the page uses as whole words', () => {
    expect(synonymsFor('Serverless inference. kubernetes, model-serving', groups)).toEqual(['k8s']);
    expect(synonymsFor('Runs CI/CD pipelines', groups)).toEqual(['continuous integration']);
    expect(synonymsFor('Kubernetes and k8s both', groups)).toEqual([]);
    // A word inside another word does not count.
    expect(synonymsFor('kubernetesque', groups)).toEqual([]);
  });
});

describe('scoring the relevance set', () => {
  it('counts a query as found at 3 when all its top-3 tools are there, and at 10 likewise', () => {
    const hit = scoreQuery({ query: 'q', top3: ['A'], top10: ['C'] }, ['A', 'B', 'C']);
    expect(hit).toMatchObject({ hit3: true, hit10: true, reciprocalRank: 1 });
    const late = scoreQuery({ query: 'q', top3: ['A', 'B'] }, ['x', 'A', 'y', 'B']);
    expect(late).toMatchObject({ hit3: false, hit10: true, reciprocalRank: 0.5 });
    const none = scoreQuery({ query: 'q', top10: ['Z'] }, ['A']);
    expect(none).toMatchObject({ hit3: undefined, hit10: false, reciprocalRank: 0 });
    expect(summarize([hit, late, none])).toEqual({
      queries: 3,
      successAt3: 0.5,
      successAt10: 2 / 3,
      meanReciprocalRank: 0.5,
    });
  });
});
