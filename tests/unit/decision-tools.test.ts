import { describe, expect, it } from 'vitest';
import {
  comparePartners,
  comparisonTable,
  pairSlug,
  parseComparedSlugs,
  serializeComparedSlugs,
  subcategoryPairs,
  toggleCompared,
  type ComparableTool,
} from '../../src/lib/compare.ts';
import {
  STACK_STAGES,
  parseStack,
  serializeStack,
  stackMarkdown,
  stackSummary,
  toolsForStage,
} from '../../src/lib/stack.ts';

const tool = (slug: string, extra: Partial<ComparableTool> = {}): ComparableTool => ({
  slug,
  name: slug.toUpperCase(),
  url: `https://${slug}.dev/`,
  category: 'model-serving',
  subcategory: 'inference-servers',
  features: [],
  integrates: [],
  ...extra,
});

const labels = {
  category: (id: string) => `Category ${id}`,
  value: (_group: string, value: string) => value.toUpperCase(),
};

describe('compare', () => {
  const known = new Set(['a', 'b', 'c', 'd', 'e']);

  it('reads 2 to 4 known tools from the URL, without repeats', () => {
    expect(parseComparedSlugs('?tools=b,a,zzz,b', known)).toEqual(['b', 'a']);
    expect(parseComparedSlugs('tools=a,b,c,d,e', known)).toEqual(['a', 'b', 'c', 'd']);
    expect(parseComparedSlugs('tools=a&tools=c', known)).toEqual(['a', 'c']);
    expect(serializeComparedSlugs(['a', 'c'])).toBe('tools=a,c');
  });

  it('toggles a tool in and out, keeping the four most recent', () => {
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'e')).toEqual(['b', 'c', 'd', 'e']);
  });

  it('aligns features across tools and marks who has each', () => {
    const table = comparisonTable(
      [
        tool('a', { features: ['Model registry', 'Autoscaling'] }),
        tool('b', { features: ['autoscaling', 'GPU support'] }),
        tool('c', { features: [] }),
      ],
      labels,
    );
    expect(table.features).toEqual([
      { feature: 'Model registry', has: [true, false, false] },
      { feature: 'Autoscaling', has: [true, true, false] },
      { feature: 'GPU support', has: [false, true, false] },
    ]);
  });

  it('lists facts with unknown values left undefined and notes identical rows', () => {
    const table = comparisonTable(
      [tool('a', { license: 'open-source' }), tool('b', { status: 'active' })],
      labels,
    );
    const byLabel = Object.fromEntries(table.facts.map((row) => [row.label, row]));
    expect(byLabel['Licence / pricing']?.values).toEqual(['OPEN-SOURCE', undefined]);
    expect(byLabel['Category']?.same).toBe(true);
    expect(byLabel['Status']?.same).toBe(false);
  });

  it('finds integrations between compared tools, declared on either side', () => {
    const table = comparisonTable([tool('a', { integrates: ['b'] }), tool('b'), tool('c')], labels);
    expect(table.integrations).toEqual([['B'], ['A'], []]);
  });

  it('pre-renders each pair of a subcategory once, under one address', () => {
    const pairs = subcategoryPairs([tool('b'), tool('a'), tool('c', { subcategory: 'other' }), tool('d')]);
    expect(pairs.map(([x, y]) => pairSlug(x.slug, y.slug))).toEqual(['a-vs-b', 'a-vs-d', 'b-vs-d']);
    expect(pairSlug('mlflow', 'kubeflow')).toBe('kubeflow-vs-mlflow');
  });

  it('pre-renders pairs only for small subcategories, so pages stay bounded', () => {
    const many = Array.from({ length: 12 }, (_, index) => tool(`t${String(index).padStart(2, '0')}`));
    const few = [tool('x1', { subcategory: 'small' }), tool('x2', { subcategory: 'small' })];
    expect(subcategoryPairs([...many, ...few], 10).map(([a, b]) => pairSlug(a.slug, b.slug))).toEqual([
      'x1-vs-x2',
    ]);
    const [x1] = few;
    expect(x1 && comparePartners(x1, [...many, ...few], 10).map((other) => other.slug)).toEqual(['x2']);
    expect(many[0] && comparePartners(many[0], [...many, ...few], 10)).toEqual([]);
  });
});

describe('stack builder', () => {
  const tools = [
    {
      slug: 'mlflow',
      name: 'MLflow',
      category: 'mlops-platforms',
      license: 'open-source',
      deployment: 'both',
      integrates: [],
    },
    {
      slug: 'bentoml',
      name: 'BentoML',
      category: 'model-serving',
      license: 'open-source',
      deployment: 'both',
      integrates: ['mlflow'],
    },
    {
      slug: 'kserve',
      name: 'KServe',
      category: 'infrastructure-orchestration',
      alsoIn: [{ category: 'model-serving', subcategory: 'inference-servers' }],
      license: 'open-source',
      deployment: 'self-hosted',
      integrates: [],
    },
    {
      slug: 'arize-ai',
      name: 'Arize AI',
      category: 'monitoring-observability',
      license: 'commercial',
      integrates: [],
    },
  ];

  it('offers each stage the tools of its categories, and those placed in them too', () => {
    const serving = STACK_STAGES.find((stage) => stage.key === 'serving');
    expect(serving && toolsForStage(serving, tools).map((tool) => tool.slug)).toEqual(['bentoml', 'kserve']);
  });

  it('keeps the choice in the URL, ignoring tools that do not fit their stage', () => {
    const selection = parseStack('?serving=bentoml&monitoring=arize-ai&tracking=bentoml&cicd=nope', tools);
    expect(selection).toEqual({ serving: 'bentoml', monitoring: 'arize-ai' });
    expect(serializeStack(selection)).toBe('serving=bentoml&monitoring=arize-ai');
    expect(parseStack(serializeStack({ tracking: 'mlflow', serving: 'kserve' }), tools)).toEqual({
      tracking: 'mlflow',
      serving: 'kserve',
    });
  });

  it('sums up licences, deployment, integrations and gaps', () => {
    const summary = stackSummary({ tracking: 'mlflow', serving: 'bentoml', monitoring: 'arize-ai' }, tools);
    expect(Object.fromEntries(summary.licenseMix)).toEqual({ 'open-source': 2, commercial: 1 });
    expect(Object.fromEntries(summary.deploymentMix)).toEqual({ both: 2, 'not-rated': 1 });
    expect(summary.integrations.map(([a, b]) => `${a.slug}+${b.slug}`)).toEqual(['mlflow+bentoml']);
    expect(summary.gaps.map((stage) => stage.key)).toEqual([
      'versioning',
      'orchestration',
      'features',
      'cicd',
    ]);
  });

  it('counts a tool chosen for two stages once', () => {
    const summary = stackSummary({ orchestration: 'kserve', serving: 'kserve' }, tools);
    expect(Object.fromEntries(summary.licenseMix)).toEqual({ 'open-source': 1 });
  });

  it('exports the stack as Markdown', () => {
    const summary = stackSummary({ tracking: 'mlflow', serving: 'bentoml' }, tools);
    const markdown = stackMarkdown(
      summary,
      (tool) => `https://site/tools/${tool.slug}/`,
      (_group, value) => value,
    );
    expect(markdown).toContain('- **Tracking and platform**: [MLflow](https://site/tools/mlflow/)');
    expect(markdown).toContain('- **Feature store**: _not chosen yet_');
    expect(markdown).toContain('Works together: MLflow + BentoML');
    expect(markdown).toContain(
      'Gaps: Data and model versioning, Orchestration, Feature store, Monitoring, CI/CD',
    );
  });
});
