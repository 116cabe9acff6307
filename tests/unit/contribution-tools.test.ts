import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent, readCheckedContent } from '../../src/lib/content-check.ts';
import { directoryData } from '../../src/lib/data-export.ts';
import { exportMarkdown } from '../../src/lib/export-markdown.ts';
import { prepareEntry } from '../../scripts/lib/scaffold/new-entry.ts';
import { daysSinceReview, staleEntries } from '../../scripts/lib/facts/stale.ts';
import { readUpstream } from '../../src/lib/upstream/read.ts';
import { SITE } from '../../src/config.ts';
import { validFiles } from '../helpers/fixtures.ts';
import { toolView } from '../../src/lib/tool-view.ts';

const TODAY = new Date('2026-11-26T12:00:00Z');
const seldon = {
  name: 'Seldon Core',
  url: 'https://www.seldon.io/',
  description: 'Deploy: ML models on Kubernetes',
  category: 'model-serving',
  subcategory: 'inference-servers',
  features: ['Canary rollouts', '- starts with a dash'],
  license: undefined,
  difficulty: 'advanced',
};

describe('new entries', () => {
  it('are written as YAML that passes the content check, dated today', () => {
    const entry = prepareEntry('tool', seldon, validFiles(), 'content', TODAY);
    expect(entry.path).toBe('content/tools/seldon-core.yaml');
    expect(entry.problems).toEqual([]);
    expect(parse(entry.text)).toMatchObject({
      name: 'Seldon Core',
      features: seldon.features,
      added: '2026-11-26',
    });
    expect(entry.text).not.toMatch(/license/);
    expect(
      checkContent([...validFiles(), { path: entry.path, collection: 'tools', text: entry.text }]),
    ).toEqual([]);
  });

  it('are refused when the name or URL is already listed', () => {
    const sameUrl = prepareEntry(
      'tool',
      { ...seldon, name: 'Bento', url: 'https://BentoML.com' },
      validFiles(),
      'content',
      TODAY,
    );
    expect(sameUrl.problems.map((problem) => problem.field)).toEqual(['url']);
    const sameName = prepareEntry('tool', { ...seldon, name: 'BentoML' }, validFiles(), 'content', TODAY);
    expect(sameName.problems[0]?.message).toMatch(/already exists/);
  });

  it('are refused, with the reasons, when a field is wrong', () => {
    const entry = prepareEntry(
      'tool',
      { ...seldon, url: 'http://seldon.io', category: 'serving', license: 'gratis' },
      validFiles(),
      'content',
      TODAY,
    );
    expect(entry.problems.map((problem) => problem.field).sort()).toEqual(['category', 'license', 'url']);
  });

  const openSource = {
    ...seldon,
    license: 'open-source',
    licenseId: 'BUSL-1.1',
    sources: ['https://github.com/SeldonIO/seldon-core/blob/master/LICENSE'],
    deployment: 'self-hosted',
    status: 'active',
    repo: 'https://github.com/SeldonIO/seldon-core',
  };

  it('carry the license, its source and the lifecycle facts, in the documented key order', () => {
    const entry = prepareEntry(
      'tool',
      { ...openSource, licenseId: 'Apache-2.0' },
      validFiles(),
      'content',
      TODAY,
    );
    expect(entry.problems).toEqual([]);
    expect(Object.keys(parse(entry.text) as object)).toEqual([
      'name',
      'url',
      'description',
      'category',
      'subcategory',
      'features',
      'license',
      'licenseId',
      'difficulty',
      'deployment',
      'status',
      'repo',
      'sources',
      'added',
      'reviewed',
    ]);
  });

  it('are refused when a claim lacks what the license and lifecycle rules need', () => {
    const problems = (fields: object) =>
      prepareEntry('tool', { ...openSource, ...fields }, validFiles(), 'content', TODAY)
        .problems.map((problem) => `${problem.field}: ${problem.message}`)
        .sort();
    expect(problems({})).toEqual([
      expect.stringMatching(/^license: .*"BUSL-1\.1", which is not OSI-approved/),
    ]);
    expect(problems({ licenseId: undefined, sources: [] })).toEqual([
      expect.stringMatching(/^license: open-source needs the licenseId/),
      expect.stringMatching(/^sources: a license is claimed without a source/),
    ]);
    expect(problems({ licenseId: 'Apache-2.0', status: 'archived' }).join('\n')).toMatch(
      /archived needs statusDate[\s\S]*archived needs statusNote[\s\S]*archived needs successors/,
    );
    expect(
      problems({
        licenseId: 'Apache-2.0',
        status: 'archived',
        statusDate: '2025-02',
        statusNote: 'The repository was archived.',
        successors: ['bentoml'],
      }),
    ).toEqual([]);
  });
});

describe('the Markdown export', () => {
  const content = readCheckedContent(readContentFiles('content'));
  const markdown = exportMarkdown(content, {
    title: SITE.title,
    description: SITE.description,
    siteUrl: SITE.url,
    upstream: readUpstream('content/upstream').tools,
  });

  it('lists every tool and resource with its link, in category order', () => {
    for (const entry of [...content.tools, ...content.resources]) {
      expect(markdown).toContain(`](${entry.data.url})**`);
    }
    const categoryPositions = [...content.categories]
      .sort((a, b) => a.data.order - b.data.order)
      .map((category) => markdown.indexOf(`\n## ${category.data.name}\n`));
    expect(categoryPositions.every((position, index) => position > (categoryPositions[index - 1] ?? 0))).toBe(
      true,
    );
    expect(markdown).toMatch(/^- 🔓 Open source \([\w.+-]+\) · 🔴 Advanced$/m);
  });

  it('lists each tool under its own subcategory, and again under each alsoIn placement', () => {
    for (const { data } of content.tools) {
      const head = `**[${data.name.replace(/([\\`*_[\]<>|])/g, '\\$1')}](`;
      expect(markdown.split(`\n${head}`).length - 1, data.name).toBe(1 + data.alsoIn.length);
    }
  });

  it('lists every removed or renamed entry', () => {
    const category = markdown.slice(markdown.indexOf('\n## Removed and renamed entries\n'));
    for (const { data } of content.redirects) expect(category).toContain(`\n**${data.name}** - `);
  });
});

describe('freshness', () => {
  const entries = [
    { name: 'old', added: new Date('2024-01-01'), reviewed: new Date('2025-01-01') },
    { name: 'fresh', added: new Date('2024-01-01'), reviewed: new Date('2026-06-01') },
    { name: 'never reviewed', added: new Date('2023-01-01') },
  ];

  it('reports entries not reviewed for over a year, longest-waiting first', () => {
    expect(staleEntries(entries, TODAY).map((entry) => entry.name)).toEqual(['never reviewed', 'old']);
    expect(daysSinceReview({ added: new Date('2026-11-25T12:00:00Z') }, TODAY)).toBe(1);
  });
});

describe('the JSON export', () => {
  it('documents a versioned format with nulls for unrated badges', () => {
    const data = directoryData(
      {
        categories: [
          {
            id: 'c',
            name: 'C',
            subcategories: [{ id: 's', name: 'S' }],
            capabilities: [{ id: 'grpc-api', name: 'gRPC API', definition: 'Serves gRPC.' }],
          },
        ],
        tools: [
          toolView({
            slug: 'x',
            sourcePath: 'content/tools/x.yaml',
            name: 'X',
            url: 'https://x.dev/',
            description: 'd',
            category: 'c',
            subcategory: 's',
            alsoIn: [],
            features: ['f'],
            aliases: [],
            tags: [],
            successors: [],
            integrates: ['y'],
            sources: [],
            capabilities: { 'grpc-api': { value: 'partial', source: 'https://x.dev/docs/' } },
            added: new Date('2025-06-19'),
          }),
        ],
        resources: [],
        redirects: [],
      },
      (kind, slug) => `https://site/${kind}s/${slug}/`,
      'https://site/',
    );
    expect(data.version).toBe(2);
    expect(data.tools[0]).toMatchObject({
      license: null,
      licenseId: null,
      difficulty: null,
      statusDate: null,
      reviewed: null,
      added: '2025-06-19',
      page: 'https://site/tools/x/',
      maintainer: null,
      languages: null,
      firstRelease: null,
      quickstart: null,
      pricing: null,
      capabilities: { 'grpc-api': { value: 'partial', note: null, source: 'https://x.dev/docs/' } },
    });
    expect(data.categories[0]?.capabilities).toEqual([
      { id: 'grpc-api', name: 'gRPC API', definition: 'Serves gRPC.' },
    ]);
  });
});
