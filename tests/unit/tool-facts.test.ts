import { describe, expect, it } from 'vitest';
import {
  allSources,
  decisionFactLines,
  glanceParts,
  languagesText,
  maintainerText,
  pricingText,
} from '../../src/lib/tool-facts.ts';

const foundationProject = {
  maintainer: {
    name: 'Argo Project',
    kind: 'foundation' as const,
    foundation: 'CNCF',
    maturity: 'graduated',
    joined: 2020,
    source: 'https://www.cncf.io/projects/argo/',
  },
  languages: { sdk: ['python' as const, 'go' as const, 'java' as const], implementation: ['go' as const] },
  firstRelease: { year: 2017 },
  quickstart: { command: 'kubectl apply -f install.yaml', url: 'https://argoproj.github.io/quick-start/' },
  sources: [
    'https://github.com/argoproj/argo-workflows/blob/main/LICENSE',
    'https://www.cncf.io/projects/argo/',
  ],
};

describe('the words of the decision facts', () => {
  it('names the maintainer with its governance, or its kind alone', () => {
    expect(maintainerText(foundationProject.maintainer)).toBe(
      'Argo Project (foundation: CNCF, graduated, since 2020)',
    );
    expect(maintainerText({ name: 'Databricks', kind: 'vendor' })).toBe('Databricks (vendor)');
  });

  it('lists languages and pricing models as a reader says them', () => {
    expect(languagesText(foundationProject.languages)).toBe('SDKs in Python, Go and Java; written in Go');
    expect(languagesText({ sdk: [], implementation: ['cpp'] })).toBe('written in C++');
    expect(pricingText({ models: ['free-tier', 'per-usage', 'contact-sales'] })).toBe(
      'Free tier, per usage or contact sales',
    );
  });

  it('says only the facts an entry has, in the order they are checked', () => {
    expect(decisionFactLines(foundationProject)).toEqual([
      'Maintained by Argo Project (foundation: CNCF, graduated, since 2020)',
      'SDKs in Python, Go and Java; written in Go',
      'First released in 2017',
    ]);
    expect(decisionFactLines({})).toEqual([]);
    expect(glanceParts(foundationProject)).toEqual([
      'CNCF project (graduated)',
      'Python, Go and Java SDKs',
      'since 2017',
    ]);
    expect(
      glanceParts({ maintainer: { name: 'Pinecone', kind: 'vendor' }, pricing: { models: ['per-usage'] } }),
    ).toEqual(['By Pinecone', 'per usage']);
  });

  it('gathers every source once: the entry’s, then each fact’s own', () => {
    expect(allSources(foundationProject)).toEqual([
      'https://github.com/argoproj/argo-workflows/blob/main/LICENSE',
      'https://www.cncf.io/projects/argo/',
      'https://argoproj.github.io/quick-start/',
    ]);
  });
});
