import { describe, expect, it } from 'vitest';
import {
  comparisonTable,
  differenceSummary,
  pairSlug,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
  type ComparableTool,
} from '../../src/lib/compare.ts';
import { rivalPairs, rivalsOf } from '../../src/lib/rivals.ts';
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
  alsoIn: [],
  features: [],
  integrates: [],
  ...extra,
});

const MODELS: Record<string, { id: string; name: string; definition: string }[]> = {
  'model-serving': [
    { id: 'dynamic-batching', name: 'Dynamic batching', definition: 'Batches requests.' },
    { id: 'grpc-api', name: 'gRPC API', definition: 'Serves gRPC.' },
    { id: 'kubernetes-native', name: 'Kubernetes-native', definition: 'Runs as CRDs.' },
  ],
  'infrastructure-orchestration': [
    { id: 'gpu-scheduling', name: 'GPU scheduling', definition: 'Places GPU jobs.' },
    { id: 'kubernetes-native', name: 'Kubernetes-native', definition: 'Runs as CRDs.' },
  ],
};

const labels = {
  category: (id: string) => `Category ${id}`,
  value: (_group: string, value: string) => value.toUpperCase(),
  capabilities: (id: string) => MODELS[id] ?? [],
};

const source = 'https://docs.example.dev/';
const has = (value: 'yes' | 'partial' | 'no', note?: string) => ({
  value,
  source,
  ...(note ? { note } : {}),
});

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

  it('compares tools of one section on its whole capability model; what is not recorded is never "no"', () => {
    const table = comparisonTable(
      [
        tool('a', { capabilities: { 'dynamic-batching': has('yes'), 'grpc-api': has('no') } }),
        tool('b', { capabilities: { 'dynamic-batching': has('partial', 'plugin only') } }),
      ],
      labels,
    );
    expect(table.capabilities.map((row) => row.id)).toEqual([
      'dynamic-batching',
      'grpc-api',
      'kubernetes-native',
    ]);
    const [batching, grpc, kubernetes] = table.capabilities;
    expect(batching?.cells).toEqual([
      { value: 'yes', note: undefined, source },
      { value: 'partial', note: 'plugin only', source },
    ]);
    expect(grpc?.cells).toEqual([{ value: 'no', note: undefined, source }, {}]);
    expect(grpc?.same).toBe(false);
    expect(kubernetes?.cells).toEqual([{}, {}]);
    expect(kubernetes?.same).toBe(true);
    expect(table.scope).toMatch(/Category model-serving/);
  });

  it('keeps each tool’s feature bullets as its own, never aligned into rows', () => {
    const table = comparisonTable(
      [tool('a', { features: ['Model serving', 'Autoscaling'] }), tool('b', { features: ['Serves models'] })],
      labels,
    );
    expect(table.features).toEqual([['Model serving', 'Autoscaling'], ['Serves models']]);
  });

  it('compares tools of different sections on the capabilities their sections share, and says so', () => {
    const table = comparisonTable(
      [
        tool('server', { capabilities: { 'kubernetes-native': has('yes') } }),
        tool('cluster', {
          category: 'infrastructure-orchestration',
          subcategory: 'compute',
          capabilities: { 'gpu-scheduling': has('yes'), 'kubernetes-native': has('yes') },
        }),
      ],
      labels,
    );
    expect(table.capabilities.map((row) => row.id)).toEqual(['kubernetes-native']);
    expect(table.scope).toMatch(/different jobs .* the 1 capabilities their sections share/);
    // A tool placed in the other's section shares that section's whole model.
    const placed = comparisonTable(
      [
        tool('server', { alsoIn: [{ category: 'infrastructure-orchestration', subcategory: 'compute' }] }),
        tool('cluster', { category: 'infrastructure-orchestration', subcategory: 'compute' }),
      ],
      labels,
    );
    expect(placed.capabilities.map((row) => row.id)).toEqual(['gpu-scheduling', 'kubernetes-native']);
  });

  it('lists facts with unknown values left undefined and notes identical rows', () => {
    const table = comparisonTable(
      [
        tool('a', { license: 'open-source', maintainer: { name: 'Acme', kind: 'vendor' } }),
        tool('b', { status: 'active', languages: { sdk: ['python', 'go'] }, firstRelease: { year: 2019 } }),
      ],
      labels,
    );
    const byLabel = Object.fromEntries(table.facts.map((row) => [row.label, row]));
    expect(byLabel['Licence']?.values).toEqual(['OPEN-SOURCE', undefined]);
    expect(byLabel['Section']?.same).toBe(true);
    expect(byLabel['Status']?.same).toBe(false);
    expect(byLabel['Maintained by']?.values).toEqual(['Acme (vendor)', undefined]);
    expect(byLabel['SDK languages']?.values).toEqual([undefined, 'PYTHON, GO']);
    expect(byLabel['First released']?.values).toEqual([undefined, '2019']);
    expect(byLabel['Pricing']).toBeUndefined();
  });

  it('finds integrations between compared tools, declared on either side', () => {
    const table = comparisonTable([tool('a', { integrates: ['b'] }), tool('b'), tool('c')], labels);
    expect(table.integrations).toEqual([['B'], ['A'], []]);
  });

  it('sums up where two tools differ from their data only', () => {
    const table = comparisonTable(
      [
        tool('feast', {
          license: 'open-source',
          capabilities: { 'dynamic-batching': has('yes'), 'grpc-api': has('yes') },
        }),
        tool('tecton', {
          license: 'commercial',
          capabilities: {
            'dynamic-batching': has('yes'),
            'grpc-api': has('no'),
            'kubernetes-native': has('yes'),
          },
        }),
      ],
      labels,
    );
    expect(differenceSummary(table)).toEqual([
      'FEAST has gRPC API, where TECTON has it only partly or not at all.',
      'Both record 1 of the 3 capabilities compared.',
      'Licence: FEAST is oPEN-SOURCE; TECTON is cOMMERCIAL.',
    ]);
    expect(differenceSummary(comparisonTable([tool('a'), tool('b'), tool('c')], labels))).toEqual([]);
  });
});

describe('rivals', () => {
  const caps = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, has('yes')]));

  it('are tools of the same section, same subsection first, then the most capabilities in common, whatever the licence', () => {
    const target = tool('feast', { subcategory: 'stores', capabilities: caps('a', 'b', 'c') });
    const section = [
      target,
      tool('tecton', { subcategory: 'stores', license: 'commercial', capabilities: caps('a', 'b', 'c') }),
      tool('hopsworks', { subcategory: 'stores', capabilities: caps('a') }),
      tool('chroma', { subcategory: 'vectors', capabilities: caps('a', 'b', 'c') }),
      tool('unrelated', { subcategory: 'vectors' }),
    ];
    expect(rivalsOf(target, section).map((rival) => rival.slug)).toEqual(['tecton', 'hopsworks', 'chroma']);
    expect(rivalsOf(target, section, 1).map((rival) => rival.slug)).toEqual(['tecton']);
    // A tool that has ended comes after the live ones, however alike.
    const ended = tool('old', {
      subcategory: 'stores',
      status: 'discontinued',
      capabilities: caps('a', 'b', 'c'),
    });
    expect(rivalsOf(target, [...section, ended]).map((rival) => rival.slug)).toEqual([
      'tecton',
      'hopsworks',
      'old',
      'chroma',
    ]);
  });

  it('never pairs tools of different sections, and pre-renders each pair once', () => {
    const tools = [
      tool('kserve', { capabilities: caps('kubernetes-native') }),
      tool('triton', { capabilities: caps('kubernetes-native') }),
      tool('kubernetes', {
        category: 'infrastructure-orchestration',
        subcategory: 'compute',
        capabilities: caps('kubernetes-native'),
      }),
    ];
    expect(rivalPairs(tools).map(([a, b]) => pairSlug(a.slug, b.slug))).toEqual(['kserve-vs-triton']);
    expect(pairSlug('mlflow', 'kubeflow')).toBe('kubeflow-vs-mlflow');
  });

  it('get a pre-rendered page only where both tools record capabilities to compare', () => {
    const tools = [
      tool('a', { capabilities: caps('x') }),
      tool('b', { capabilities: caps('x') }),
      tool('bare'),
    ];
    expect(rivalPairs(tools).map(([x, y]) => pairSlug(x.slug, y.slug))).toEqual(['a-vs-b']);
    expect(rivalsOf(tools[2] ?? tool('bare'), tools).map((rival) => rival.slug)).toEqual(['a', 'b']);
  });

  it('stay bounded per tool however large a section grows', () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      tool(`t${String(index).padStart(3, '0')}`, { capabilities: caps('x') }),
    );
    const pairs = rivalPairs(many, 3);
    expect(pairs.length).toBeLessThanOrEqual(500 * 3);
    expect(new Set(pairs.map(([a, b]) => pairSlug(a.slug, b.slug))).size).toBe(pairs.length);
    const first = many[0];
    expect(first && rivalsOf(first, many)).toHaveLength(6);
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
