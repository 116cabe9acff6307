import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import ChecklistItem from '../../src/components/ChecklistItem.astro';
import SearchRecord from '../../src/components/SearchRecord.astro';
import StackPage from '../../src/pages/stack/index.astro';
import { stackMarkdown, stackSummary, type StackTool } from '../../src/lib/stack.ts';
import { MISSING_VALUE, isFlaggedStatus } from '../../src/vocabulary-core.ts';
import { listOf } from '../../src/lib/prose.ts';
import type { Status } from '../../src/vocabulary.ts';

/**
 * Tools that are not active are flagged wherever they can be chosen or recommended: the stack
 * builder (list, summary, Markdown), search results (status recorded as a filter) and checklists.
 */

// Components read the directory through getDirectory(); here it is a small fixture.
vi.mock('../../src/data/directory.ts', async () => {
  const { createRoutes } = await import('../../src/lib/routes.ts');
  const { statusFlags } = await import('../../src/lib/tool-view.ts');
  const tool = (
    slug: string,
    name: string,
    category: string,
    extra: { status?: Status } & Record<string, unknown> = {},
  ) => ({
    ...statusFlags(extra.status),
    slug,
    name,
    category,
    subcategory: 'inference-servers',
    license: 'open-source',
    deployment: 'self-hosted',
    integrates: [],
    successors: [],
    alsoIn: [],
    capabilities: {},
    ...extra,
  });
  const tools = [
    tool('bentoml', 'BentoML', 'model-serving', { status: 'active' }),
    tool('kserve', 'KServe', 'infrastructure-orchestration', { status: 'active' }),
    tool('nannyml', 'NannyML', 'monitoring-observability', {
      status: 'dormant',
      statusNote: 'No release since 2024.',
    }),
    tool('text-generation-inference', 'Text Generation Inference', 'model-serving', {
      status: 'maintenance',
      statusNote: 'Fixes only.',
      successors: ['vllm'],
    }),
    tool('torchserve', 'TorchServe', 'model-serving', {
      status: 'deprecated',
      statusNote: 'Limited maintenance since 2025.',
      successors: ['triton-inference-server', 'kserve'],
    }),
    tool('triton-inference-server', 'Triton Inference Server', 'model-serving', { status: 'active' }),
    tool('vllm', 'vLLM', 'model-serving'),
  ];
  const directory = { categories: [], tools, resources: [], guides: [] };
  return {
    routes: createRoutes('/'),
    getDirectory: () => Promise.resolve(directory),
    toolsBySlug: (of: typeof directory) => new Map(of.tools.map((entry) => [entry.slug, entry])),
    // No tool of this directory has an adoption signal: the "Most adopted" order is the listing's.
    sortedListingOf: (of: typeof directory) => of.tools,
  };
});

const stackTool = (slug: string, category: string, extra: Partial<StackTool> = {}): StackTool => ({
  slug,
  name: slug.toUpperCase(),
  category,
  subcategory: 'any',
  license: 'open-source',
  deployment: 'self-hosted',
  integrates: [],
  flagged: isFlaggedStatus(extra.status),
  ...extra,
});

const tools: StackTool[] = [
  stackTool('mlflow', 'mlops-platforms', { status: 'active' }),
  stackTool('neptune', 'mlops-platforms', {
    status: 'discontinued',
    statusNote: 'Shut down.',
    successors: ['mlflow', 'wandb', 'gone'],
  }),
  stackTool('torchserve', 'model-serving', {
    status: 'deprecated',
    statusNote: 'No more fixes.',
    successors: ['triton'],
  }),
  stackTool('kserve', 'infrastructure-orchestration', { status: 'dormant' }),
  stackTool('evidently', 'monitoring-observability', { status: 'not-rated' }),
];

describe('stack builder: tools that are not active', () => {
  it('flags every known status but active', () => {
    for (const status of ['maintenance', 'dormant', 'deprecated', 'archived', 'discontinued'])
      expect(isFlaggedStatus(status), status).toBe(true);
    for (const status of ['active', 'not-rated', '', null, undefined])
      expect(isFlaggedStatus(status), String(status)).toBe(false);
  });

  it('warns once per chosen tool, in stage order, with the stages it fills', () => {
    const summary = stackSummary(
      { tracking: 'neptune', orchestration: 'kserve', serving: 'kserve', monitoring: 'evidently' },
      tools,
    );
    expect(summary.warnings.map((warning) => warning.tool.slug)).toEqual(['neptune', 'kserve']);
    expect(summary.warnings[1]?.stages.map((stage) => stage.key)).toEqual(['orchestration', 'serving']);
  });

  it('names the successors it knows, from the tools or the names given, and skips the rest', () => {
    const selection = { tracking: 'neptune', serving: 'torchserve' };
    const names = new Map([
      ['wandb', 'Weights & Biases'],
      ['triton', 'Triton Inference Server'],
    ]);
    const [neptune, torchserve] = stackSummary(selection, tools, names).warnings;
    expect(neptune?.successors).toEqual([
      { slug: 'mlflow', name: 'MLFLOW' },
      { slug: 'wandb', name: 'Weights & Biases' },
    ]);
    expect(torchserve?.successors).toEqual([{ slug: 'triton', name: 'Triton Inference Server' }]);
    // Without the names, only successors among the tools are offered.
    expect(stackSummary(selection, tools).warnings[1]?.successors).toEqual([]);
  });

  it('has no warnings for a stack of active tools', () => {
    expect(stackSummary({ tracking: 'mlflow', monitoring: 'evidently' }, tools).warnings).toEqual([]);
  });

  it('states the status in the Markdown, and what to consider instead', () => {
    const summary = stackSummary(
      { tracking: 'neptune', serving: 'torchserve', orchestration: 'kserve' },
      tools,
      new Map([['triton', 'Triton Inference Server']]),
    );
    const label = (group: string, value: string) =>
      group === 'status'
        ? ({ deprecated: 'Deprecated', discontinued: 'Discontinued' }[value] ?? value)
        : value;
    const markdown = stackMarkdown(summary, (tool) => `https://site/tools/${tool.slug}/`, label);
    expect(markdown).toContain('- **Serving**: [TORCHSERVE](https://site/tools/torchserve/) (deprecated)');
    expect(markdown).toContain(
      '- **Tracking and platform**: [NEPTUNE](https://site/tools/neptune/) (discontinued)',
    );
    expect(markdown).toContain('- **Orchestration**: [KSERVE](https://site/tools/kserve/) (dormant)');
    expect(markdown).toContain('Instead of NEPTUNE, consider MLFLOW.');
    expect(markdown).toContain('Instead of TORCHSERVE, consider Triton Inference Server.');
    // A flagged tool without successors is flagged on its line only.
    expect(markdown).not.toContain('Instead of KSERVE');
    const active = stackMarkdown(stackSummary({ tracking: 'mlflow' }, tools), () => '#', label);
    expect(active).toContain('[MLFLOW](#)\n');
    expect(active).not.toContain('Instead of');
  });

  it('lists names with "or"', () => {
    expect(listOf([], 'or')).toBe('');
    expect(listOf(['A'], 'or')).toBe('A');
    expect(listOf(['A', 'B'], 'or')).toBe('A or B');
    expect(listOf(['A', 'B', 'C'], 'or')).toBe('A, B or C');
    expect(listOf(['A', 'B', 'C'], 'and')).toBe('A, B and C');
  });

  it('shows the status in the static list, and gives the script labels and successor names', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://example.com/' } });
    const html = await container.renderToString(StackPage, {
      request: new Request('https://example.com/stack/'),
    });
    const serving = html.slice(html.search(/>Serving<\/legend>/));
    const torchserve = /<input[^>]*value="torchserve"[^>]*>([\s\S]*?)<\/label>/.exec(serving);
    // The script reads the listed tools' records from one attribute of the element.
    const listed = JSON.parse(
      (/data-tools="([^"]*)"/.exec(html)?.[1] ?? '[]').replaceAll('&quot;', '"').replaceAll('&#39;', "'"),
    ) as { slug: string; status?: string; statusNote?: string; successors?: string[] }[];
    expect(listed.find((tool) => tool.slug === 'torchserve')).toMatchObject({
      status: 'deprecated',
      statusNote: 'Limited maintenance since 2025.',
      successors: ['triton-inference-server', 'kserve'],
    });
    // The label is text, inside the radio's label, so it is part of its accessible name.
    expect(torchserve?.[1]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toMatch(/TorchServe ⚠️ Deprecated/);
    const bentoml = /<input[^>]*value="bentoml"[^>]*>([\s\S]*?)<\/label>/.exec(serving);
    expect(listed.find((tool) => tool.slug === 'bentoml')?.status).not.toBe('deprecated');
    expect(bentoml?.[1]).not.toContain('status-flag');

    const attribute = (name: string) =>
      JSON.parse(
        (new RegExp(`${name}="([^"]*)"`).exec(html)?.[1] ?? '{}').replaceAll('&quot;', '"'),
      ) as Record<string, unknown>;
    expect(attribute('data-labels')).toMatchObject({
      status: { deprecated: 'Deprecated', dormant: 'No recent activity' },
      license: { 'open-source': 'Open source' },
      deployment: { [MISSING_VALUE]: 'Unknown' },
    });
    expect(attribute('data-successor-names')).toEqual({
      'triton-inference-server': 'Triton Inference Server',
      kserve: 'KServe',
      vllm: 'vLLM',
    });
  });
});

describe('search: status recorded as a filter, not as text or meta', () => {
  it('records a tool’s status as a filter of the page, with no words to index', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SearchRecord, {
      props: { kind: 'tool', category: 'model-serving', badges: { status: 'deprecated' } },
    });
    expect(html).toContain('data-pagefind-filter="status:deprecated"');
    // Pagefind indexes meta values as words: a status, a kind and an unrated license are not meta.
    expect(html).not.toMatch(/data-pagefind-meta="(?:status|kind|license|difficulty):/);
    expect(html).toContain('data-pagefind-meta="category:model-serving"');
    const rated = await container.renderToString(SearchRecord, {
      props: { kind: 'tool', category: 'model-serving', badges: { license: 'open-source' } },
    });
    expect(rated).toContain('data-pagefind-meta="license:open-source"');
    expect(html.replace(/<[^>]*>/g, '').trim()).toBe('');
  });
});

describe('checklists: a tool that is not active is never recommended silently', () => {
  const render = async (tools: string) => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ChecklistItem, {
      props: { id: 'serving', title: 'Serving chosen', tools },
    });
    const helps = /<p class="helps"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    return {
      html,
      text: helps
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    };
  };

  it('says a deprecated tool is deprecated and links what to use instead', async () => {
    const { html, text } = await render('bentoml torchserve');
    expect(text).toBe(
      'Tools in the guide that help: BentoML, TorchServe (deprecated; use Triton Inference Server or KServe instead)',
    );
    expect(html).toMatch(/<strong class="status-flag"[^>]*>deprecated<\/strong>/);
    expect(html).toMatch(/<a href="\/tools\/triton-inference-server\/"[^>]*>Triton Inference Server<\/a>/);
    expect(html).toMatch(/<a href="\/tools\/kserve\/"[^>]*>KServe<\/a>/);
    // The Markdown copy keeps the flag; successors are not listed as tools that help.
    expect(html).toContain('data-tool-flag="deprecated; use Triton Inference Server or KServe instead"');
    expect(html.match(/data-tool-name=/g)).toHaveLength(2);
  });

  it('flags a tool in maintenance or without activity, with successors where it has them', async () => {
    const { text } = await render('text-generation-inference nannyml');
    expect(text).toBe(
      'Tools in the guide that help: Text Generation Inference (maintenance only; for new work consider vLLM), NannyML (no recent activity)',
    );
  });

  it('leaves active tools unflagged', async () => {
    const { html, text } = await render('bentoml vllm');
    expect(text).toBe('Tools in the guide that help: BentoML, vLLM');
    expect(html).not.toContain('data-tool-flag');
    expect(html).not.toContain('status-flag');
  });
});
