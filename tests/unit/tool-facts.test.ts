import { describe, expect, it } from 'vitest';
import { capabilityLines, distinctiveCapabilities, categoryCounts } from '../../src/lib/capabilities.ts';
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

describe('capabilities on a tool page', () => {
  const source = 'https://docs.example.dev/';
  const model = [
    { id: 'a', name: 'A', definition: 'Does A.' },
    { id: 'b', name: 'B', definition: 'Does B.' },
    { id: 'c', name: 'C', definition: 'Does C.' },
  ];
  const tool = (capabilities: Record<string, 'yes' | 'partial' | 'no'>) => ({
    capabilities: Object.fromEntries(
      Object.entries(capabilities).map(([id, value]) => [id, { value, source }]),
    ),
  });

  it('lists the category’s model in order, unrecorded capabilities left without a value', () => {
    const lines = capabilityLines(tool({ b: 'no' }), model);
    expect(lines.map((line) => [line.id, line.recorded?.value])).toEqual([
      ['a', undefined],
      ['b', 'no'],
      ['c', undefined],
    ]);
  });

  it('finds what sets a tool apart: yes where at most a third of the others are', () => {
    const target = tool({ a: 'yes', b: 'yes', c: 'partial' });
    const category = [
      target,
      tool({ a: 'yes' }),
      tool({ a: 'yes', c: 'yes' }),
      tool({ b: 'partial' }),
      tool({}),
    ];
    expect(distinctiveCapabilities(target, categoryCounts(category), model).map((c) => c.id)).toEqual(['b']);
    // Too few others to say anything.
    expect(distinctiveCapabilities(target, categoryCounts([target, tool({})]), model)).toEqual([]);
  });
});
