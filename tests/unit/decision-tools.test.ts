import { describe, expect, it } from 'vitest';
import {
  comparisonTable,
  differenceSummary,
  pairSlug,
  parseComparedSlugs,
  serializeComparedSlugs,
  toggleCompared,
} from '../../src/lib/compare.ts';
import { modelOf } from '../../src/lib/capabilities.ts';
import { adoptionSignals } from '../../src/lib/adoption.ts';
import { popularPairs } from '../../src/lib/popular-pairs.ts';
import { byCategory, rivalPairs, rivalsBySlug, rivalsOf } from '../../src/lib/rivals.ts';
import { STACK_PRESETS, presetStack } from '../../src/lib/stack-presets.ts';
import {
  STACK_STAGES,
  meetsConstraints,
  parseConstraints,
  parseStack,
  serializeStack,
  stackMarkdown,
  stackSummary,
  brokenConstraints,
  replacementFor,
  stageChoices,
  toolsForStage,
} from '../../src/lib/stack.ts';
import { comparableTool, withFlag } from '../helpers/fixtures.ts';

const tool = comparableTool;

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

/** A subcategory with a job of its own: its tools are compared on its rows, not the category's. */
const GATEWAY_MODEL = [
  { id: 'provider-routing', name: 'Routing', definition: 'Routes across providers.' },
  { id: 'response-caching', name: 'Response caching', definition: 'Caches responses.' },
];

const CATEGORIES = Object.entries(MODELS).map(([id, capabilities]) => ({
  id,
  name: `Category ${id}`,
  capabilities,
  subcategories:
    id === 'model-serving' ? [{ id: 'gateways', name: 'Gateways', capabilities: GATEWAY_MODEL }] : [],
}));

const labels = {
  category: (id: string) => `Category ${id}`,
  value: (_group: string, value: string) => value.toUpperCase(),
  model: (placement: { category: string; subcategory: string }) => modelOf(CATEGORIES, placement),
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

  it('compares tools of one category on its whole capability model; what is not recorded is never "no"', () => {
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
    // Recorded for neither tool: the row folds away by default.
    expect(table.capabilities.map((row) => row.recorded)).toEqual([true, true, false]);
    expect(table.scope).toMatch(/Category model-serving/);
  });

  it('compares tools of a subcategory with a job of its own on its model, not the category’s', () => {
    const gateways = comparisonTable(
      [
        tool('litellm', { subcategory: 'gateways', capabilities: { 'response-caching': has('yes') } }),
        tool('kong', { subcategory: 'gateways' }),
      ],
      labels,
    );
    expect(gateways.capabilities.map((row) => row.id)).toEqual(['provider-routing', 'response-caching']);
    expect(gateways.scope).toMatch(/weigh for Gateways\./);
    // A gateway next to a server of the same category: no job in common, the rows both models hold.
    const mixed = comparisonTable(
      [tool('litellm', { subcategory: 'gateways' }), tool('server', { subcategory: 'inference-servers' })],
      labels,
    );
    expect(mixed.capabilities).toEqual([]);
    expect(mixed.scope).toMatch(/different jobs \(Gateways and Category model-serving\)/);
    // A server also placed among the gateways shares that job.
    const placed = comparisonTable(
      [
        tool('server', { alsoIn: [{ category: 'model-serving', subcategory: 'gateways' }] }),
        tool('litellm', { subcategory: 'gateways' }),
      ],
      labels,
    );
    expect(placed.capabilities.map((row) => row.id)).toEqual(['provider-routing', 'response-caching']);
  });

  it('keeps each tool’s feature bullets as its own, never aligned into rows', () => {
    const table = comparisonTable(
      [tool('a', { features: ['Model serving', 'Autoscaling'] }), tool('b', { features: ['Serves models'] })],
      labels,
    );
    expect(table.features).toEqual([['Model serving', 'Autoscaling'], ['Serves models']]);
  });

  it('compares tools of different categories on the capabilities their categories share, and says so', () => {
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
    expect(table.scope).toMatch(/different jobs .* the 1 capabilities their jobs share/);
    // A tool placed in the other's category shares that category's whole model.
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
        tool('b', {
          status: 'active',
          languages: { sdk: ['python', 'go'], implementation: [] },
          firstRelease: { year: 2019 },
        }),
      ],
      labels,
    );
    const byLabel = Object.fromEntries(table.facts.map((row) => [row.label, row]));
    expect(byLabel['License']?.values).toEqual(['OPEN-SOURCE', undefined]);
    expect(byLabel['Category']?.same).toBe(true);
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
      'License: FEAST is oPEN-SOURCE; TECTON is cOMMERCIAL.',
    ]);
    expect(differenceSummary(comparisonTable([tool('a'), tool('b'), tool('c')], labels))).toEqual([]);
  });
});

describe('rivals', () => {
  const caps = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, has('yes')]));

  it('are tools of the same category, same subcategory first, then the most capabilities in common, whatever the license', () => {
    const target = tool('feast', { subcategory: 'stores', capabilities: caps('a', 'b', 'c') });
    const category = [
      target,
      tool('tecton', { subcategory: 'stores', license: 'commercial', capabilities: caps('a', 'b', 'c') }),
      tool('hopsworks', { subcategory: 'stores', capabilities: caps('a') }),
      tool('chroma', { subcategory: 'vectors', capabilities: caps('a', 'b', 'c') }),
      tool('unrelated', { subcategory: 'vectors' }),
    ];
    expect(rivalsOf(target, category).map((rival) => rival.slug)).toEqual(['tecton', 'hopsworks', 'chroma']);
    expect(rivalsOf(target, category, 1).map((rival) => rival.slug)).toEqual(['tecton']);
    // A tool that has ended comes after the live ones, however alike.
    const ended = tool('old', {
      subcategory: 'stores',
      status: 'discontinued',
      capabilities: caps('a', 'b', 'c'),
    });
    expect(rivalsOf(target, [...category, ended]).map((rival) => rival.slug)).toEqual([
      'tecton',
      'hopsworks',
      'old',
      'chroma',
    ]);
  });

  it('across subcategories, only tools with most of their capabilities in common; dormant ones after', () => {
    const target = tool('validator', {
      subcategory: 'data-quality',
      capabilities: caps('self-hostable', 'rules', 'alerts'),
    });
    const category = [
      target,
      tool('metrics', {
        subcategory: 'metrics',
        capabilities: caps('self-hostable', 'dashboards', 'storage', 'alerts'),
      }),
      tool('checker', { subcategory: 'drift', capabilities: caps('self-hostable', 'rules', 'alerts') }),
      tool('quiet', {
        subcategory: 'data-quality',
        status: 'dormant',
        capabilities: caps('self-hostable', 'rules', 'alerts'),
      }),
      tool('live', { subcategory: 'data-quality', capabilities: caps('rules') }),
    ];
    // metrics shares 2 of 5 capabilities: not a rival. The dormant twin comes after the live tool.
    expect(rivalsOf(target, category).map((rival) => rival.slug)).toEqual(['live', 'quiet', 'checker']);
  });

  it('never pairs tools of different categories, and pre-renders each pair once', () => {
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

  it('stay bounded per tool however large a category grows', () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      tool(`t${String(index).padStart(3, '0')}`, { capabilities: caps('x') }),
    );
    const pairs = rivalPairs(many, 3);
    expect(pairs.length).toBeLessThanOrEqual(500 * 3);
    expect(new Set(pairs.map(([a, b]) => pairSlug(a.slug, b.slug))).size).toBe(pairs.length);
    const first = many[0];
    expect(first && rivalsOf(first, many)).toHaveLength(6);
  });

  it('are the same computed for the whole directory at once as tool by tool', () => {
    const many = Array.from({ length: 300 }, (_, index) =>
      tool(`t${String(index).padStart(3, '0')}`, {
        subcategory: index % 3 === 0 ? 'stores' : 'vectors',
        capabilities: caps(...(index % 2 === 0 ? ['x'] : ['x', 'y'])),
      }),
    );
    const all = rivalsBySlug(many);
    const category = byCategory(many).get(many[0]?.category ?? '') ?? [];
    for (const one of many)
      expect(all.get(one.slug)?.map((rival) => rival.slug)).toEqual(
        rivalsOf(one, category).map((rival) => rival.slug),
      );
  });
});

describe('stack builder', () => {
  const source = 'https://docs.example.dev/';
  const tools = [
    {
      slug: 'mlflow',
      name: 'MLflow',
      category: 'mlops-platforms',
      subcategory: 'experiment-tracking',
      license: 'open-source',
      deployment: 'both',
      difficulty: 'beginner',
      maintainer: { kind: 'foundation', name: 'Linux Foundation' },
      integrates: [],
    },
    {
      slug: 'bentoml',
      name: 'BentoML',
      category: 'model-serving',
      subcategory: 'inference-servers',
      license: 'open-source',
      deployment: 'both',
      difficulty: 'beginner',
      maintainer: { kind: 'vendor', name: 'BentoML' },
      integrates: ['mlflow'],
    },
    {
      slug: 'kserve',
      name: 'KServe',
      category: 'infrastructure-orchestration',
      subcategory: 'workflow-orchestration',
      alsoIn: [{ category: 'model-serving', subcategory: 'inference-servers' }],
      license: 'open-source',
      deployment: 'self-hosted',
      maintainer: { kind: 'foundation', name: 'CNCF' },
      capabilities: { 'kubernetes-native': { value: 'yes', source } },
      integrates: [],
    },
    {
      slug: 'kubernetes',
      name: 'Kubernetes',
      category: 'infrastructure-orchestration',
      subcategory: 'compute-and-scaling',
      license: 'open-source',
      deployment: 'both',
      capabilities: { 'kubernetes-execution': { value: 'yes', source } },
      integrates: [],
    },
    {
      slug: 'vllm',
      name: 'vLLM',
      category: 'model-serving',
      subcategory: 'llm-inference-engines',
      license: 'open-source',
      deployment: 'self-hosted',
      integrates: [],
    },
    {
      slug: 'arize-ai',
      name: 'Arize AI',
      category: 'monitoring-observability',
      subcategory: 'llm-observability',
      license: 'commercial',
      status: 'deprecated',
      integrates: [],
    },
  ].map((tool) => withFlag(tool));

  it('offers each stage the tools whose job fits it, placed there or in alsoIn', () => {
    const stage = (key: string) => STACK_STAGES.find((candidate) => candidate.key === key);
    const slugs = (key: string) => {
      const found = stage(key);
      return found ? toolsForStage(found, tools).map((tool) => tool.slug) : [];
    };
    expect(slugs('serving')).toEqual(['bentoml', 'kserve', 'vllm']);
    // Listed in the order given, a tool only kept in maintenance after the others.
    const serving = stage('serving');
    const kept = tools.map((tool) =>
      tool.slug === 'bentoml' ? withFlag({ ...tool, status: 'maintenance' }) : tool,
    );
    expect(serving && stageChoices(serving, kept).map((tool) => tool.slug)).toEqual([
      'kserve',
      'vllm',
      'bentoml',
    ]);
    // Kubernetes runs the workflows; it is infrastructure, not an orchestrator to choose.
    expect(slugs('orchestration')).toEqual(['kserve']);
    expect(slugs('infrastructure')).toEqual(['kubernetes']);
  });

  it('lists a tool placed in a stage’s category only when its job fits: vector stores apart, registries by evidence', () => {
    const stage = (key: string) => STACK_STAGES.find((candidate) => candidate.key === key);
    const placed = [
      {
        slug: 'feast',
        name: 'Feast',
        category: 'feature-stores',
        subcategory: 'feature-stores',
        integrates: [],
      },
      {
        slug: 'qdrant',
        name: 'Qdrant',
        category: 'retrieval-vector-search',
        subcategory: 'vector-databases',
        integrates: [],
      },
      {
        slug: 'cog',
        name: 'Cog',
        category: 'model-serving',
        subcategory: 'inference-servers',
        alsoIn: [{ category: 'model-versioning', subcategory: 'model-registry' }],
        capabilities: { 'grpc-api': { value: 'yes', source } },
        integrates: [],
      },
      {
        slug: 'hub',
        name: 'Hub',
        category: 'mlops-platforms',
        subcategory: 'experiment-tracking',
        alsoIn: [{ category: 'model-versioning', subcategory: 'model-registry' }],
        capabilities: { 'model-registry': { value: 'yes', source } },
        integrates: [],
      },
      {
        slug: 'dvc',
        name: 'DVC',
        category: 'model-versioning',
        subcategory: 'data-versioning',
        integrates: [],
      },
    ].map((tool) => withFlag(tool));
    const slugs = (key: string) => {
      const found = stage(key);
      return found ? toolsForStage(found, placed).map((tool) => tool.slug) : [];
    };
    expect(slugs('features')).toEqual(['feast']);
    expect(slugs('retrieval')).toEqual(['qdrant']);
    // Cog packages models but records nothing a registry does; Hub records a model registry.
    expect(slugs('versioning')).toEqual(['hub', 'dvc']);
  });

  it('offers the best tool that meets the constraints in place of one that breaks them', () => {
    const serving = STACK_STAGES.find((candidate) => candidate.key === 'serving');
    const cloud = {
      slug: 'cloud',
      name: 'Cloud Serving',
      category: 'model-serving',
      subcategory: 'inference-servers',
      license: 'commercial',
      deployment: 'managed',
      integrates: [],
      flagged: false,
      capabilities: { 'dynamic-batching': { value: 'yes', source } },
    };
    const batching = {
      slug: 'batcher',
      name: 'Batcher',
      category: 'model-serving',
      subcategory: 'inference-servers',
      license: 'open-source',
      integrates: [],
      flagged: false,
      capabilities: { 'dynamic-batching': { value: 'yes', source } },
    };
    const pool = [...tools, cloud, batching];
    expect(brokenConstraints(cloud, ['open-source', 'active'])).toEqual(['Open source only']);
    // Same subcategory first, then the most capabilities in common: Batcher before BentoML and KServe.
    expect(serving && replacementFor(serving, cloud, pool, ['open-source'])?.slug).toBe('batcher');
    // Without shared capabilities: the same subcategory before a more adopted tool placed there too,
    // and among the same subcategory the most adopted.
    const twin = { ...batching, slug: 'twin', name: 'Twin', capabilities: {} };
    const unshared = [...tools, cloud, { ...batching, capabilities: {} }, twin];
    const adopted = (slug: string) => (tool: { slug: string }) => (tool.slug === slug ? 5 : 0);
    expect(
      serving && replacementFor(serving, cloud, unshared, ['open-source'], adopted('kserve'))?.slug,
    ).toBe('batcher');
    expect(serving && replacementFor(serving, cloud, unshared, ['open-source'], adopted('twin'))?.slug).toBe(
      'twin',
    );
    expect(serving && replacementFor(serving, cloud, [cloud], ['open-source'])).toBeUndefined();
  });

  it('keeps the choice and the constraints in the URL, ignoring what does not fit', () => {
    const selection = parseStack('?serving=bentoml&monitoring=arize-ai&tracking=bentoml&cicd=nope', tools);
    expect(selection).toEqual({ serving: 'bentoml', monitoring: 'arize-ai' });
    expect(serializeStack(selection)).toBe('serving=bentoml&monitoring=arize-ai');
    expect(serializeStack(selection, ['active', 'open-source', 'nonsense'])).toBe(
      'only=open-source,active&serving=bentoml&monitoring=arize-ai',
    );
    expect(parseConstraints('?only=kubernetes,open-source,gratis')).toEqual(['open-source', 'kubernetes']);
    expect(parseStack(serializeStack({ tracking: 'mlflow', serving: 'kserve' }), tools)).toEqual({
      tracking: 'mlflow',
      serving: 'kserve',
    });
  });

  it('checks each constraint against the tool’s facts and capabilities', () => {
    const passing = (constraints: string[]) =>
      tools.filter((tool) => meetsConstraints(tool, constraints)).map((tool) => tool.slug);
    expect(passing(['open-source'])).toEqual(['mlflow', 'bentoml', 'kserve', 'kubernetes', 'vllm']);
    expect(passing(['kubernetes'])).toEqual(['kserve', 'kubernetes']);
    expect(passing(['vendor-neutral'])).toEqual(['mlflow', 'kserve']);
    expect(passing(['self-hosted', 'active'])).toEqual(['mlflow', 'bentoml', 'kserve', 'kubernetes', 'vllm']);
    expect(passing(['active'])).not.toContain('arize-ai');
  });

  it('sums up licenses, deployment, integrations and gaps', () => {
    const summary = stackSummary({ tracking: 'mlflow', serving: 'bentoml', monitoring: 'arize-ai' }, tools);
    expect(Object.fromEntries(summary.licenseMix)).toEqual({ 'open-source': 2, commercial: 1 });
    expect(Object.fromEntries(summary.deploymentMix)).toEqual({ both: 2, 'not-rated': 1 });
    expect(summary.integrations.map(([a, b]) => `${a.slug}+${b.slug}`)).toEqual(['mlflow+bentoml']);
    // Every stage left empty is a gap, in the builder's order; monitoring is chosen (a commercial tool).
    expect(summary.gaps.map((stage) => stage.key)).toEqual(
      STACK_STAGES.map((stage) => stage.key).filter(
        (key) => !['tracking', 'serving', 'monitoring'].includes(key),
      ),
    );
    expect(summary.gaps.map((stage) => stage.key)).toEqual(expect.arrayContaining(['versioning', 'cicd']));
  });

  it('counts a tool chosen for two stages once', () => {
    const summary = stackSummary({ orchestration: 'kserve', serving: 'kserve' }, tools);
    expect(Object.fromEntries(summary.licenseMix)).toEqual({ 'open-source': 1 });
  });

  it('exports the stack as Markdown, with the link that reopens it', () => {
    const summary = stackSummary({ tracking: 'mlflow', serving: 'bentoml' }, tools);
    const markdown = stackMarkdown(
      summary,
      (tool) => `https://site/tools/${tool.slug}/`,
      (_group, value) => value,
      'https://site/stack/?tracking=mlflow&serving=bentoml',
    );
    expect(markdown).toContain(
      '[Open this stack in the stack builder](https://site/stack/?tracking=mlflow&serving=bentoml)',
    );
    expect(markdown).toContain('- **Tracking and platform**: [MLflow](https://site/tools/mlflow/)');
    expect(markdown).toContain('- **Feature store**: _not chosen yet_');
    expect(markdown).toContain('Works together: MLflow + BentoML');
    const gaps = STACK_STAGES.filter((stage) => !['tracking', 'serving'].includes(stage.key)).map(
      (stage) => stage.label,
    );
    expect(markdown).toContain(`Gaps: ${gaps.join(', ')}`);
    expect(gaps).toEqual(expect.arrayContaining(['Data and model versioning', 'Monitoring', 'CI/CD']));
  });

  it('presets fill the stages from the data: constraints met, the stage’s own tools and preferences first', () => {
    const byKey = (id: string) => STACK_PRESETS.find((preset) => preset.id === id);
    const solo = byKey('solo-laptop');
    const soloStack = solo && presetStack(solo, tools);
    expect(soloStack?.selection).toEqual({ tracking: 'mlflow', serving: 'bentoml', orchestration: 'kserve' });
    expect(soloStack?.query).toBe(
      'only=open-source,active&tracking=mlflow&orchestration=kserve&serving=bentoml',
    );
    const platform = byKey('platform-kubernetes');
    // A tool fills a second stage only when nothing else there meets the constraints.
    expect(platform && presetStack(platform, tools).selection).toEqual({
      orchestration: 'kserve',
      infrastructure: 'kubernetes',
      serving: 'kserve',
    });
    // Every preset honours every constraint it claims.
    for (const preset of STACK_PRESETS) {
      const { selection } = presetStack(preset, tools);
      for (const slug of Object.values(selection)) {
        const chosen = tools.find((tool) => tool.slug === slug);
        expect(chosen && meetsConstraints(chosen, preset.constraints), `${preset.id}: ${slug}`).toBe(true);
      }
    }
    // "Managed services, so nobody runs servers": a self-hosted-only tool is never picked.
    const cloudTeam = byKey('small-team-cloud');
    expect(cloudTeam?.constraints).toContain('managed');
    expect(cloudTeam && Object.values(presetStack(cloudTeam, tools).selection)).not.toContain('kserve');
    // The LLM application serves from an LLM engine when the guide has one.
    const llm = byKey('llm-application');
    expect(llm && presetStack(llm, tools).selection['serving']).toBe('vllm');
    // Popularity breaks ties between equally good fits.
    const stars: Record<string, number> = { vllm: 10, bentoml: 500 };
    expect(
      llm &&
        presetStack({ ...llm, subcategories: {} }, tools, (tool) => stars[tool.slug] ?? 0).selection[
          'serving'
        ],
    ).toBe('bentoml');
  });
});

describe('comparisons to start with', () => {
  const category = {
    id: 'model-serving',
    name: 'Serving',
    subcategories: [{ id: 'inference-servers', name: 'Servers' }],
  };

  it('rank pairs by the integrations the guide records, leave out ended tools and pairs without a signal, and say so', () => {
    const server = (
      slug: string,
      extra: { status?: 'dormant'; integrates?: string[]; category?: string } = {},
    ) => ({
      slug,
      name: slug,
      category: 'model-serving',
      subcategory: 'inference-servers',
      integrates: [] as string[],
      ...extra,
    });
    const tools = [
      server('alpha'),
      server('beta'),
      server('kserve'),
      server('triton'),
      server('old', { status: 'dormant' }),
      server('user', { category: 'platforms', integrates: ['kserve', 'triton', 'old'] }),
      server('other', { category: 'platforms', integrates: ['kserve'] }),
    ];
    const byName = (slug: string) => tools.find((candidate) => candidate.slug === slug) ?? server(slug);
    const pair = (a: string, b: string) => [byName(a), byName(b)] as const;
    const { groups, basis } = popularPairs(
      [category],
      [pair('alpha', 'beta'), pair('alpha', 'kserve'), pair('kserve', 'triton'), pair('old', 'kserve')],
      adoptionSignals(tools),
    );
    expect(groups.map((group) => group.pairs.map(([a, b]) => `${a.slug}-${b.slug}`))).toEqual([
      ['kserve-triton', 'alpha-kserve'],
    ]);
    expect(basis).toMatch(/document an integration with\. GitHub stars are not collected yet/);
  });
});
