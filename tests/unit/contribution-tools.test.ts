import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-files.ts';
import { checkContent, readCheckedContent } from '../../src/lib/content-check.ts';
import { directoryData } from '../../src/lib/data-export.ts';
import { exportMarkdown } from '../../src/lib/export-markdown.ts';
import { prepareEntry } from '../../src/lib/new-entry.ts';
import { daysSinceReview, staleEntries } from '../../src/lib/stale.ts';
import { SITE } from '../../src/config.ts';
import { validFiles } from '../helpers/fixtures.ts';

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

  describe('npm run new-tool', () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'mlops-new-tool-'));
    cpSync('tests/fixtures/content', contentDir, { recursive: true });
    afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
    const run = (...args: string[]) =>
      spawnSync('node', ['scripts/new-entry.ts', 'tool', ...args], {
        env: { ...process.env, CONTENT_DIR: contentDir },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const flags = ['--name', 'Seldon Core', '--url', 'https://www.seldon.io/', '--category', 'model-serving'];
    const more = ['--subcategory', 'inference-servers', '--description', 'Deploy ML models on Kubernetes'];

    it('creates the file from flags, and the content stays valid', () => {
      const result = run(...flags, ...more, '--feature', 'Canary rollouts', '--feature', 'A/B tests');
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const path = join(contentDir, 'tools', 'seldon-core.yaml');
      expect(existsSync(path)).toBe(true);
      expect(parse(readFileSync(path, 'utf8'))).toMatchObject({ features: ['Canary rollouts', 'A/B tests'] });
      expect(checkContent(readContentFiles(contentDir))).toEqual([]);
    });

    it('refuses a duplicate and explains why', () => {
      const result = run(...flags, ...more, '--feature', 'Again');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/seldon-core\.yaml already exists/);
    });

    it('asks for nothing outside a terminal, and names the missing flag', () => {
      const result = run('--name', 'Lonely');
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/--url is required/);
    });
  });
});

describe('the Markdown export', () => {
  const content = readCheckedContent(readContentFiles('content'));
  const markdown = exportMarkdown(content, {
    title: SITE.title,
    description: SITE.description,
    siteUrl: SITE.url,
  });

  it('is committed and up to date (run `npm run export:markdown` after changing content)', () => {
    expect(readFileSync('GUIDE.md', 'utf8')).toBe(markdown);
  });

  it('lists every tool and resource with its link, in section order', () => {
    for (const entry of [...content.tools, ...content.resources]) {
      expect(markdown).toContain(`](${entry.data.url})**`);
    }
    const sectionPositions = [...content.categories]
      .sort((a, b) => a.data.order - b.data.order)
      .map((category) => markdown.indexOf(`\n## ${category.data.name}\n`));
    expect(sectionPositions.every((position, index) => position > (sectionPositions[index - 1] ?? 0))).toBe(
      true,
    );
    expect(markdown).toContain('- 🔓 Open source · 🔴 Advanced');
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
        categories: [{ id: 'c', name: 'C', subcategories: [{ id: 's', name: 'S' }] }],
        tools: [
          {
            slug: 'x',
            name: 'X',
            url: 'https://x.dev/',
            description: 'd',
            category: 'c',
            subcategory: 's',
            features: ['f'],
            aliases: [],
            tags: [],
            successors: [],
            integrates: ['y'],
            added: new Date('2025-06-19'),
          },
        ],
        resources: [],
      },
      (kind, slug) => `https://site/${kind}s/${slug}/`,
      'https://site/',
    );
    expect(data.version).toBe(1);
    expect(data.tools[0]).toMatchObject({
      license: null,
      difficulty: null,
      reviewed: null,
      added: '2025-06-19',
      page: 'https://site/tools/x/',
    });
  });
});
