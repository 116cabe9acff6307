import { describe, expect, it } from 'vitest';
import {
  FACETS,
  MISSING_VALUE,
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

  it('licence and difficulty values say which colour family their badge uses', () => {
    for (const key of ['license', 'difficulty'] as const)
      for (const term of Object.values(FACETS[key].terms as Record<string, VocabularyTerm>))
        expect(term.tone, term.label).toBeDefined();
  });

  it('names a missing value by the facet: ratings are "not rated", facts are "unknown"', () => {
    expect(facetLabel('license', undefined)).toBe('Not rated');
    expect(facetLabel('difficulty', MISSING_VALUE)).toBe('Not rated');
    expect(facetLabel('deployment', null)).toBe('Unknown');
    expect(facetLabel('status', 'deprecated')).toBe('Deprecated');
    expect(FACETS.license.missing.pageTitle('Tools')).toBe('Tools not rated for licence and pricing');
  });
});
