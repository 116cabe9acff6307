/**
 * The directory's exports (`/tools.json`, GUIDE.md, the RSS feed) on small in-memory fixtures:
 * what each format says, independent of the real content.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content-check.ts';
import {
  DATA_FORMAT_VERSION,
  directoryData,
  directoryJsonParts,
  toolFiles,
} from '../../src/lib/data-export.ts';
import { exportMarkdown } from '../../src/lib/export-markdown.ts';
import { changeHistory, foldAdditions } from '../../src/lib/changes.ts';
import { channelData, feedOptions, lastChanged } from '../../src/pages/rss.xml.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { redirectSchema } from '../../src/schemas/redirect.ts';
import { resourceSchema } from '../../src/schemas/resource.ts';
import { toolSchema } from '../../src/schemas/tool.ts';
import { toolView } from '../../src/lib/tool-view.ts';

const serving = categorySchema.parse({
  name: 'Model Serving',
  order: 2,
  intro: 'Tools that put trained models behind an API.',
  subcategories: [
    {
      id: 'inference-servers',
      name: 'Inference Servers',
      description: 'Which server puts my model behind an API?',
    },
    { id: 'managed-inference', name: 'Managed Inference' },
  ],
});
const infrastructure = categorySchema.parse({
  name: 'Infrastructure',
  order: 7,
  intro: 'Clusters and schedulers.',
  subcategories: [{ id: 'kubernetes', name: 'Kubernetes Platforms' }],
});

const kserve = toolSchema.parse({
  name: 'KServe',
  url: 'https://kserve.github.io/',
  description: 'Model inference on Kubernetes',
  category: 'infrastructure',
  subcategory: 'kubernetes',
  alsoIn: [{ category: 'model-serving', subcategory: 'inference-servers' }],
  features: ['InferenceService custom resource'],
  license: 'open-source',
  licenseId: 'Apache-2.0',
  difficulty: 'advanced',
  status: 'active',
  sources: ['https://github.com/kserve/kserve/blob/master/LICENSE'],
  added: new Date('2025-06-19'),
  reviewed: new Date('2026-03-01'),
});
const triton = toolSchema.parse({
  name: 'Triton Inference Server',
  url: 'https://developer.nvidia.com/triton-inference-server',
  description: 'Multi-framework inference server',
  category: 'model-serving',
  subcategory: 'inference-servers',
  features: ['Dynamic batching'],
  license: 'source-available',
  licenseId: 'BUSL-1.1',
  openCore: 'The server is open; support is paid.',
  difficulty: 'intermediate',
  added: new Date('2025-06-19'),
});
const torchserve = toolSchema.parse({
  name: 'TorchServe',
  url: 'https://pytorch.org/serve/',
  description: 'PyTorch model server',
  category: 'model-serving',
  subcategory: 'inference-servers',
  features: ['Model archives'],
  license: 'open-source',
  licenseId: 'Apache-2.0',
  difficulty: 'intermediate',
  status: 'deprecated',
  statusDate: new Date('2025-02-28'),
  statusNote: 'Upstream stopped maintaining it.',
  successors: ['triton', 'kserve'],
  sources: ['https://github.com/pytorch/serve'],
  added: new Date('2025-07-01'),
});
const tgi = toolSchema.parse({
  name: 'TGI',
  url: 'https://huggingface.co/docs/text-generation-inference',
  description: 'LLM server',
  category: 'model-serving',
  subcategory: 'managed-inference',
  features: ['Token streaming'],
  status: 'maintenance',
  statusDate: '2025-12',
  successors: ['triton'],
  added: new Date('2025-08-15'),
});
const book = resourceSchema.parse({
  name: 'Designing ML Systems',
  url: 'https://example.com/book',
  description: 'A book',
  kind: 'book',
  features: ['Case studies'],
  added: new Date('2025-06-19'),
});
const renamed = redirectSchema.parse({
  name: 'Kubeflow Serving',
  to: 'kserve',
  reason: 'Renamed KServe in 2021.',
  date: new Date('2026-11-30'),
  sources: ['https://kserve.github.io/website/'],
});
const removed = redirectSchema.parse({
  name: 'pytest-ml',
  reason: 'No such project exists.',
  instead: ['triton'],
  date: new Date('2026-11-30'),
});

const tools = [
  { id: 'kserve', data: kserve },
  { id: 'triton', data: triton },
  { id: 'torchserve', data: torchserve },
  { id: 'tgi', data: tgi },
];

const content: CheckedContent = {
  problems: [],
  categories: [
    { id: 'infrastructure', path: 'content/categories/infrastructure.yaml', data: infrastructure },
    { id: 'model-serving', path: 'content/categories/model-serving.yaml', data: serving },
  ],
  tools: tools.map((tool) => ({ ...tool, path: `content/tools/${tool.id}.yaml` })),
  resources: [
    { id: 'designing-ml-systems', path: 'content/resources/designing-ml-systems.yaml', data: book },
  ],
  guides: [
    {
      id: 'deployment-checklist',
      path: 'content/guides/deployment-checklist.mdx',
      data: { title: 'Deployment checklist', description: 'What to check before launch.', order: 1 },
    },
  ],
  redirects: [
    { id: 'pytest-ml', path: 'content/redirects/pytest-ml.yaml', data: removed },
    { id: 'kubeflow-serving', path: 'content/redirects/kubeflow-serving.yaml', data: renamed },
  ],
};

const exportable = {
  categories: content.categories.map((category) => ({ id: category.id, ...category.data })),
  tools: tools.map((tool) =>
    toolView({ ...tool.data, slug: tool.id, sourcePath: `content/tools/${tool.id}.yaml` }),
  ),
  resources: [{ ...book, slug: 'designing-ml-systems' }],
  redirects: content.redirects.map((redirect) => ({ ...redirect.data, slug: redirect.id })),
};
const pageUrl = (kind: string, slug: string) => `https://site/${kind}s/${slug}/`;
/** The text of `/tools.json`, its parts joined. */
const directoryJson = (...args: Parameters<typeof directoryJsonParts>) =>
  [...directoryJsonParts(...args)].join('');

describe('the text of /tools.json', () => {
  it('is the document as JSON.stringify writes it, at any indent', () => {
    for (const indent of [0, 2, 4]) {
      expect(directoryJson(exportable, pageUrl, 'https://site/', indent)).toBe(
        JSON.stringify(directoryData(exportable, pageUrl, 'https://site/'), null, indent),
      );
    }
  });

  it('makes each tool record only when its part is read', () => {
    const asked: string[] = [];
    const parts = directoryJsonParts(
      exportable,
      (kind, slug) => {
        if (kind === 'tool') asked.push(slug);
        return pageUrl(kind, slug);
      },
      'https://site/',
      2,
    );
    parts.next(); // the document up to its tools
    expect(asked).toEqual([]);
    parts.next(); // the first tool
    expect(asked).toEqual([exportable.tools[0]?.slug]);
  });

  it('is the document with no tools, and with one', () => {
    for (const tools of [[], exportable.tools.slice(0, 1)]) {
      const directory = { ...exportable, tools };
      expect(directoryJson(directory, pageUrl, 'https://site/', 2)).toBe(
        JSON.stringify(directoryData(directory, pageUrl, 'https://site/'), null, 2),
      );
    }
  });
});

describe('the JSON export, version 2', () => {
  const data = directoryData(exportable, pageUrl, 'https://site/');
  const tool = (slug: string) => data.tools.find((entry) => entry.slug === slug);

  it('is version 2', () => {
    expect(DATA_FORMAT_VERSION).toBe(2);
    expect(data.version).toBe(2);
  });

  it('gives each tool its license id, open-core note, placements, status date and sources', () => {
    expect(tool('kserve')).toMatchObject({
      licenseId: 'Apache-2.0',
      openCore: null,
      alsoIn: [{ category: 'model-serving', subcategory: 'inference-servers' }],
      statusDate: null,
      sources: ['https://github.com/kserve/kserve/blob/master/LICENSE'],
      reviewed: '2026-03-01',
    });
    expect(tool('triton')).toMatchObject({
      license: 'source-available',
      licenseId: 'BUSL-1.1',
      openCore: 'The server is open; support is paid.',
      alsoIn: [],
      sources: [],
    });
    expect(tool('torchserve')).toMatchObject({
      status: 'deprecated',
      statusDate: '2025-02-28',
      successors: ['triton', 'kserve'],
    });
    expect(tool('tgi')).toMatchObject({ licenseId: null, statusDate: '2025-12' });
  });

  it('gives each subcategory its description, or null', () => {
    const subcategories = data.categories.find((category) => category.id === 'model-serving')?.subcategories;
    expect(subcategories).toEqual([
      {
        id: 'inference-servers',
        name: 'Inference Servers',
        description: 'Which server puts my model behind an API?',
        capabilities: [],
      },
      { id: 'managed-inference', name: 'Managed Inference', description: null, capabilities: [] },
    ]);
  });

  it('lists renamed and removed tools by old slug, with null for no new slug', () => {
    expect(data.redirects).toEqual([
      {
        from: 'kubeflow-serving',
        to: 'kserve',
        name: 'Kubeflow Serving',
        reason: 'Renamed KServe in 2021.',
        instead: [],
        date: '2026-11-30',
        sources: ['https://kserve.github.io/website/'],
      },
      {
        from: 'pytest-ml',
        to: null,
        name: 'pytest-ml',
        reason: 'No such project exists.',
        instead: ['triton'],
        date: '2026-11-30',
        sources: [],
      },
    ]);
  });

  it('is plain JSON: serialising and reading it back changes nothing', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('gives each tool a file of its own: its record and the names of the tools it refers to', () => {
    const referring = {
      tools: [
        ...data.tools,
        {
          ...data.tools[0],
          slug: 'old',
          name: 'Old',
          successors: ['triton'],
          integrates: ['kserve', 'gone'],
        },
      ] as typeof data.tools,
    };
    const files = toolFiles(referring);
    expect(files.map((file) => file.tool)).toEqual(referring.tools);
    expect(files.at(-1)?.names).toEqual({ triton: 'Triton Inference Server', kserve: 'KServe' });
  });
});

describe('the Markdown export', () => {
  const markdown = exportMarkdown(content, {
    title: 'Guide',
    description: 'All tools.',
    siteUrl: 'https://site.example',
  });
  /** The lines of the entry that starts with the linked name, up to the blank line after it. */
  const entryAt = (category: string, name: string) => {
    const start = markdown.indexOf(`\n### ${category}\n`);
    const end = markdown.indexOf('\n### ', start + 1);
    const block = markdown.slice(start, end < 0 ? undefined : end);
    const at = block.indexOf(`**[${name}](`);
    return at < 0 ? undefined : block.slice(at, block.indexOf('\n\n', at)).split('\n');
  };

  it('shows the license with its SPDX id, the difficulty and, when not active, the status with its date', () => {
    expect(entryAt('Kubernetes Platforms', 'KServe')?.[1]).toBe(
      '- 🔓 Open source (Apache-2.0) · 🔴 Advanced',
    );
    expect(entryAt('Inference Servers', 'TorchServe')?.[1]).toBe(
      '- 🔓 Open source (Apache-2.0) · 🟡 Intermediate · ⚠️ Deprecated since 2025-02-28, use Triton Inference Server or KServe',
    );
    expect(entryAt('Managed Inference', 'TGI')?.[1]).toBe(
      '- 🛠️ Maintenance only since 2025-12, consider Triton Inference Server',
    );
  });

  it('lists a tool under its alsoIn subcategories too, pointing to where it is filed', () => {
    expect(entryAt('Kubernetes Platforms', 'KServe')).toEqual([
      '**[KServe](https://kserve.github.io/)** - Model inference on Kubernetes',
      '- 🔓 Open source (Apache-2.0) · 🔴 Advanced',
      '- InferenceService custom resource',
    ]);
    expect(entryAt('Inference Servers', 'KServe')).toEqual([
      '**[KServe](https://kserve.github.io/)** - Model inference on Kubernetes',
      '- 🔓 Open source (Apache-2.0) · 🔴 Advanced',
      '- Also listed here; filed under [Infrastructure › Kubernetes Platforms](#kubernetes-platforms)',
    ]);
    expect(markdown.match(/- InferenceService custom resource/g)).toHaveLength(1);
  });

  it('lists tools that ended after the ones that can still be chosen', () => {
    const order = ['KServe', 'Triton Inference Server', 'TorchServe'].map((name) =>
      markdown.indexOf(`**[${name}](`, markdown.indexOf('\n### Inference Servers\n')),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows the question each subcategory answers under its heading', () => {
    expect(markdown).toContain(
      '\n### Inference Servers\n\nWhich server puts my model behind an API?\n\n**[KServe](',
    );
  });

  it('lists the guides in the same format as every other entry', () => {
    expect(markdown).toContain(
      '\n## Best Practices\n\n**[Deployment checklist](https://site.example/guides/deployment-checklist/)** - What to check before launch.\n',
    );
  });

  it('lists removed and renamed entries, linked from the table of contents', () => {
    expect(markdown).toContain('- [Removed and renamed entries](#removed-and-renamed-entries)');
    const category = markdown.slice(markdown.indexOf('\n## Removed and renamed entries\n'));
    expect(category).toContain(
      '**Kubeflow Serving** - Listed as [KServe](https://kserve.github.io/) since 2026-11-30.\n- Renamed KServe in 2021.\n',
    );
    expect(category).toContain(
      '**pytest-ml** - Removed from the guide on 2026-11-30.\n- No such project exists.\n- Use instead: [Triton Inference Server](https://developer.nvidia.com/triton-inference-server)\n',
    );
  });

  it('gives repeated headings the anchors GitHub gives them, in the contents and the placements', () => {
    // A subcategory named like a later category takes the plain anchor; the category gets "-1".
    const clash: CheckedContent = {
      ...content,
      categories: content.categories.map((category) =>
        category.id === 'infrastructure'
          ? {
              ...category,
              data: {
                ...infrastructure,
                order: 1,
                subcategories: [{ id: 'kubernetes', name: 'Model Serving', formerIds: [], capabilities: [] }],
              },
            }
          : category,
      ),
    };
    const text = exportMarkdown(clash, {
      title: 'Guide',
      description: 'All tools.',
      siteUrl: 'https://site.example',
    });
    expect(text.indexOf('\n### Model Serving\n')).toBeLessThan(text.indexOf('\n## Model Serving\n'));
    expect(text).toContain('- [Model Serving](#model-serving-1)');
    expect(text).toContain('filed under [Infrastructure › Model Serving](#model-serving)');
  });
});

describe('the RSS feed', () => {
  const feedTools = tools.map((tool) => ({ ...tool.data, slug: tool.id }));
  const history = changeHistory(feedTools, [
    {
      slug: 'gone',
      name: 'Gone Tool',
      reason: 'The project was withdrawn',
      instead: ['kserve'],
      date: new Date('2026-03-02'),
    },
  ]);
  const render = (changes = history) =>
    getRssString(
      feedOptions(changes, {
        site: 'https://site.example/base/',
        feedUrl: 'https://site.example/base/rss.xml?a=1&b=2',
        link: (change) => `/base/${change.kind === 'removed' ? 'removed' : 'tools'}/${change.slug ?? ''}/`,
      }),
    );

  it('dates its last build from the content, not the clock', () => {
    expect(lastChanged(history)?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(lastChanged([])).toBeUndefined();
    expect(channelData('https://x.example/rss.xml', undefined)).not.toContain('lastBuildDate');
  });

  it('names its own address, its language and its last build date', async () => {
    const xml = await render();
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toMatch(
      /<atom:link href="https:\/\/site\.example\/base\/rss\.xml\?a=1&amp;b=2" rel="self" type="application\/rss\+xml"\s*\/>/,
    );
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<lastBuildDate>Mon, 02 Mar 2026 00:00:00 GMT</lastBuildDate>');
    expect(await render()).toBe(xml);
  });

  it('reports additions, status changes and removals with the date each happened, newest first', async () => {
    const xml = await render();
    const items = [
      ...xml.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>.*?<pubDate>([^<]+)<\/pubDate>/g),
    ].map((match) => ({ title: match[1], link: match[2], date: Date.parse(match[3] ?? '') }));
    expect(items.length).toBeGreaterThan(2);
    // Newest first, each dated when it happened.
    expect(items.map((item) => item.date)).toEqual([...items.map((item) => item.date)].sort((x, y) => y - x));
    expect(items.some((item) => /^TGI (moved|shows|was)/.test(item.title ?? ''))).toBe(true);
    // Two changes of one tool are two items: each has its own address.
    expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
    expect(items[0]).toEqual({
      title: 'Gone Tool left the guide',
      link: 'https://site.example/base/removed/gone/#removed-2026-03-02',
      date: Date.parse('2026-03-02'),
    });
    expect(xml).toContain('<description>The project was withdrawn. Consider KServe instead.</description>');
    expect(xml).toContain('<category>Status change</category>');
  });

  it('folds a day of many additions into one item, so other changes stay in view', () => {
    const day = new Date('2026-11-30');
    const many = Array.from({ length: 8 }, (_, index) => ({
      slug: `tool-${index}`,
      name: `Tool ${index}`,
      description: 'A tool',
      added: day,
      successors: [],
    }));
    const changes = changeHistory([
      ...many,
      {
        slug: 'old',
        name: 'Old',
        description: 'Old tool',
        added: new Date('2025-01-01'),
        status: 'dormant',
        statusDate: '2025-06',
        successors: [],
      },
    ]);
    expect(foldAdditions(changes).map((change) => `${change.date} ${change.title}`)).toEqual([
      '2026-11-30 8 tools joined the guide',
      '2025-06 Old shows no recent activity',
      '2025-01-01 Old joined the guide',
    ]);
  });

  it('records a license change from the license before to the one after', () => {
    const [change] = changeHistory([
      {
        slug: 'core',
        name: 'Core',
        description: 'Serving',
        added: new Date('2026-01-01'),
        license: 'source-available',
        licenseId: 'BUSL-1.1',
        licenseChanges: [
          {
            date: '2024-01-22',
            from: 'open-source',
            fromId: 'Apache-2.0',
            source: 'https://core.dev/license',
          },
        ],
        successors: [],
      },
    ]).filter((entry) => entry.kind === 'license');
    expect(change).toMatchObject({
      date: '2024-01-22',
      title: 'Core changed its license',
      detail: 'From Open source (Apache-2.0) to Source available (BUSL-1.1).',
    });
  });
});
