import { describe, expect, it } from 'vitest';
import {
  CAPABILITY_NOT_RECORDED,
  CAPABILITY_SUPPORT,
  FACETS,
  MISSING_VALUE,
  PRICING_MODELS,
  RESOURCE_KINDS,
  facetLabel,
  type FacetKey,
  type VocabularyTerm,
} from '../../src/vocabulary.ts';

const facets = Object.entries(FACETS) as [FacetKey, (typeof FACETS)[FacetKey]][];

describe('the facet vocabulary', () => {
  it.each(facets)('%s: every value has a label, and its own icon where the facet uses icons', (_, facet) => {
    const terms = Object.values(facet.terms as Record<string, VocabularyTerm>);
    const icons = terms.map((term) => term.icon).filter((icon) => icon !== '');
    expect(new Set(icons).size, `icons ${icons.join(' ')}`).toBe(icons.length);
    expect([0, terms.length], 'all values have an icon, or none does').toContain(icons.length);
    for (const term of terms) expect(term.label.length).toBeGreaterThan(0);
  });

  it('gives no two badge values the same icon, across every facet and the capability marks', () => {
    const owners = new Map<string, string[]>();
    const terms: [string, Record<string, VocabularyTerm>][] = [
      ...facets.map(([key, facet]): [string, Record<string, VocabularyTerm>] => [key, facet.terms]),
      ['pricing', PRICING_MODELS],
      ['resource', RESOURCE_KINDS],
      ['capability', { ...CAPABILITY_SUPPORT, 'not-recorded': CAPABILITY_NOT_RECORDED }],
    ];
    for (const [facet, values] of terms)
      for (const [value, term] of Object.entries(values))
        if (term.icon !== '') owners.set(term.icon, [...(owners.get(term.icon) ?? []), `${facet}:${value}`]);
    expect([...owners].filter(([, users]) => users.length > 1)).toEqual([]);
  });

  it('license and difficulty values say which colour family their badge uses', () => {
    for (const key of ['license', 'difficulty'] as const)
      for (const term of Object.values(FACETS[key].terms as Record<string, VocabularyTerm>))
        expect(term.tone, term.label).toBeDefined();
  });

  it('names a missing value by the facet: ratings are "not rated", facts are "unknown"', () => {
    expect(facetLabel('license', undefined)).toBe('Not rated');
    expect(facetLabel('difficulty', MISSING_VALUE)).toBe('Not rated');
    expect(facetLabel('deployment', null)).toBe('Unknown');
    expect(facetLabel('status', 'deprecated')).toBe('Deprecated');
    expect(FACETS.license.missing.pageTitle('Tools')).toBe('Tools not rated for license and pricing');
  });
});
