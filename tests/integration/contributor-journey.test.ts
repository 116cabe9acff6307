/**
 * A contributor's afternoon, as CONTRIBUTING.md describes it, on a copy of the fixture content:
 * scaffold tools and a resource with `npm run new-tool`/`new-resource`, add a subcategory,
 * rename one tool and remove another the documented way (file moved or deleted, a redirect
 * left behind, references updated), export GUIDE.md, validate, then build the site and check
 * what visitors get: pages within budget, new pages present, old addresses still leading
 * somewhere. Everything happens in one temporary folder, removed afterwards.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKb, htmlBudgetOf } from '../../scripts/lib/budgets.ts';
import { buildSite, REPO_ROOT } from '../../scripts/lib/build-site.ts';
import { surveyHtml } from '../../scripts/lib/page-weight.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { isoDay } from '../../scripts/lib/scaffold/new-entry.ts';

const FIXTURE_CONTENT = join(REPO_ROOT, 'tests', 'fixtures', 'content');
const TODAY = isoDay(new Date());

/** Rewrites a YAML file through `yaml`'s document model, which keeps its comments and layout. */
function editYaml(path: string, edit: (document: Document) => void): void {
  const document = parseDocument(readFileSync(path, 'utf8'));
  edit(document);
  writeFileSync(path, document.toString({ lineWidth: 0 }));
}

/**
 * Points every reference to the tool `slug` at `replacement`, or drops it when the tool is gone:
 * `integrates` and `successors` of tools, `to` and `instead` of redirects, and the `tools`
 * attribute of the guides' checklist items. Files that do not name the slug stay untouched.
 */
function updateReferences(contentDir: string, slug: string, replacement: string | undefined): string[] {
  const changed: string[] = [];
  const names = (collection: string) =>
    readdirSync(join(contentDir, collection)).map((name) => join(contentDir, collection, name));
  for (const path of [...names('tools'), ...names('redirects')]) {
    editYaml(path, (document) => {
      for (const field of ['integrates', 'successors', 'instead']) {
        const list = document.get(field);
        if (!isSeq(list) || !list.items.some((item) => isScalar(item) && item.value === slug)) continue;
        list.items = list.items.flatMap((item) =>
          isScalar(item) && item.value === slug ? (replacement === undefined ? [] : [replacement]) : [item],
        );
        if (list.items.length === 0) document.delete(field);
        changed.push(path);
      }
      if (document.get('to') === slug) {
        // A redirect to a tool that is now gone follows it to where it went.
        if (replacement === undefined) throw new Error(`${path} redirects to the removed ${slug}`);
        document.set('to', replacement);
        changed.push(path);
      }
    });
  }
  for (const path of names('guides')) {
    const text = readFileSync(path, 'utf8');
    const updated = text.replace(
      /(<ChecklistItem\b[^>]*\btools=")([^"]*)"/g,
      (_match, start: string, tools: string) =>
        `${start}${tools
          .split(/\s+/)
          .flatMap((tool) => (tool === slug ? (replacement === undefined ? [] : [replacement]) : [tool]))
          .filter(Boolean)
          .join(' ')}"`,
    );
    if (updated !== text) {
      writeFileSync(path, updated);
      changed.push(path);
    }
  }
  return [...new Set(changed)];
}

/** Files the content check complains about, as paths relative to the content folder. */
function filesWithProblems(contentDir: string): string[] {
  const problems = checkContent(readContentFiles(contentDir));
  return [...new Set(problems.map((problem) => relative(contentDir, resolve(problem.file))))].sort();
}

/** The target of an Astro redirect page (a bare meta refresh), or undefined for a real page. */
function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; ?url=([^"]+)"/.exec(html.slice(0, 400))?.[1];
}

describe('a contributor adds, renames and removes tools, and the site still holds together', () => {
  let workDir = '';
  let contentDir = '';
  let siteDir = '';
  let outDir = '';
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'mlops-journey-'));
    contentDir = join(workDir, 'content');
    siteDir = join(workDir, 'site');
    outDir = join(siteDir, 'out');
    cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  });
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** `node scripts/<script> …` from the repository (or `cwd`), on the copied content, no terminal. */
  const run = (script: string, args: readonly string[], cwd = REPO_ROOT): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
      cwd,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const newEntry = (kind: 'tool' | 'resource', args: readonly string[]) =>
    run('new-entry.ts', [kind, ...args]);
  const expectSuccess = (result: SpawnSyncReturns<string>) => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  };

  it('scaffolds an open-source tool with its license id and sources (npm run new-tool)', () => {
    expectSuccess(
      newEntry('tool', [
        ...['--name', 'Ray Serve', '--url', 'https://docs.ray.io/en/latest/serve/index.html'],
        ...['--description', 'Scalable model serving library built on Ray'],
        ...['--category', 'model-serving', '--subcategory', 'inference-servers'],
        ...['--feature', 'Model composition', '--feature', 'Autoscaling replicas'],
        ...['--license', 'open-source', '--license-id', 'Apache-2.0'],
        ...['--source', 'https://github.com/ray-project/ray/blob/master/LICENSE'],
        ...['--deployment', 'both', '--status', 'active', '--repo', 'https://github.com/ray-project/ray'],
        ...['--difficulty', 'intermediate'],
      ]),
    );
    const text = readFileSync(join(contentDir, 'tools', 'ray-serve.yaml'), 'utf8');
    expect(text).toMatch(/^license: open-source\nlicenseId: Apache-2\.0$/m);
    expect(text).toContain(`added: ${TODAY}\n`);
  });

  const vllm = [
    ...['--name', 'vLLM', '--url', 'https://docs.vllm.ai/'],
    ...['--description', 'High-throughput inference and serving engine for large language models'],
    ...['--category', 'model-serving', '--subcategory', 'llm-serving'],
    ...['--feature', 'PagedAttention', '--feature', 'OpenAI-compatible server'],
  ];

  it('adds a subcategory to a category, then scaffolds a tool into it', () => {
    const refused = newEntry('tool', vllm);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/unknown subcategory "llm-serving" for category "model-serving"/);

    editYaml(join(contentDir, 'categories', 'model-serving.yaml'), (document) => {
      document.addIn(['subcategories'], {
        id: 'llm-serving',
        name: 'LLM Serving',
        description: 'Which engine serves a large language model fast enough?',
      });
    });
    expectSuccess(newEntry('tool', [...vllm, '--deployment', 'self-hosted']));
    expect(existsSync(join(contentDir, 'tools', 'vllm.yaml'))).toBe(true);
  });

  it('scaffolds a resource (npm run new-resource)', () => {
    expectSuccess(
      newEntry('resource', [
        ...['--name', 'Reliable Machine Learning', '--kind', 'book', '--author', 'Cathy Chen and others'],
        ...['--url', 'https://www.oreilly.com/library/view/reliable-machine-learning/9781098106218/'],
        ...['--description', 'Applying SRE principles to machine learning in production'],
        ...['--feature', 'Model monitoring', '--feature', 'Incident response for ML'],
      ]),
    );
    expect(existsSync(join(contentDir, 'resources', 'reliable-machine-learning.yaml'))).toBe(true);
  });

  it('renames a tool: moves its file, leaves a redirect with `to`, updates what names it', () => {
    const tools = join(contentDir, 'tools');
    renameSync(join(tools, 'great-expectations.yaml'), join(tools, 'gx-core.yaml'));
    editYaml(join(tools, 'gx-core.yaml'), (document) => document.set('name', 'GX Core'));
    writeFileSync(
      join(contentDir, 'redirects', 'great-expectations.yaml'),
      stringify({
        name: 'Great Expectations',
        to: 'gx-core',
        reason: 'Renamed: the open-source framework is now called GX Core.',
        date: TODAY,
      }),
    );
    // The content check points at every reference still using the old slug…
    expect(filesWithProblems(contentDir)).toEqual([
      'guides/common-pitfalls.mdx',
      'guides/deployment-checklist.mdx',
      'tools/apache-airflow.yaml',
      'tools/dagster.yaml',
      'tools/zenml.yaml',
    ]);
    // …and once they are updated, it is satisfied.
    expect(updateReferences(contentDir, 'great-expectations', 'gx-core')).toHaveLength(5);
    expect(filesWithProblems(contentDir)).toEqual([]);
  });

  it('removes a tool: deletes its file, leaves a redirect with reason and instead, drops references', () => {
    unlinkSync(join(contentDir, 'tools', 'pandera.yaml'));
    writeFileSync(
      join(contentDir, 'redirects', 'pandera.yaml'),
      stringify({
        name: 'Pandera',
        reason: 'Removed from this test guide to show how a removal is documented.',
        instead: ['gx-core', 'deepchecks'],
        date: TODAY,
      }),
    );
    expect(filesWithProblems(contentDir)).toEqual(['guides/deployment-checklist.mdx', 'tools/dagster.yaml']);
    expect(updateReferences(contentDir, 'pandera', undefined)).toHaveLength(2);
    expect(filesWithProblems(contentDir)).toEqual([]);
  });

  it('exports the Markdown list on request, writing nothing into the repository', () => {
    const result = run('export-markdown.ts', [], workDir);
    expect(result.status).toBe(0);
    for (const name of ['Ray Serve', 'vLLM', 'GX Core', 'Reliable Machine Learning', 'LLM Serving'])
      expect(result.stdout).toContain(name);
    // Listed entries are `**[Name](url)**`; the removed tool may only be mentioned as removed.
    expect(result.stdout).not.toContain('**[Pandera](');
    expect(result.stdout).toContain('**[GX Core](https://greatexpectations.io/)**');
    expect(existsSync(join(workDir, 'GUIDE.md'))).toBe(false);
  });

  it('without a terminal, asks for the license id by saying which ids are valid and where to find them', () => {
    const refused = newEntry('tool', [
      ...['--name', 'Seldon Core', '--url', 'https://www.seldon.io/'],
      ...['--description', 'Deploys models on Kubernetes', '--feature', 'Canary rollouts'],
      ...['--category', 'model-serving', '--subcategory', 'inference-servers', '--license', 'open-source'],
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /^--license-id is required .*Apache-2\.0.*https:\/\/spdx\.org\/licenses\/.*OSI Approved/,
    );
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('copies an entry in the browser’s editor, in its own style, changing only name and address', () => {
    // Flow lists with spaces inside the brackets, CRLF line endings, no final newline, quotes.
    const copied = readFileSync(join(contentDir, 'tools', 'bentoml.yaml'), 'utf8')
      .replace('name: BentoML', "name: 'Bento Copy'")
      .replace('url: https://bentoml.com/', 'url: "https://bento-copy.example/"')
      .replace(/^repo: .*\n/m, '')
      .replace(/^features:\n((?: {2}- .*\n)+)/m, (_all, items: string) => {
        const values = items
          .trim()
          .split('\n')
          .map((line) => line.replace(/^\s*- /, ''));
        return `features: [ ${values.join(' , ')} ]\n`;
      })
      .replace('sdk: [python]', 'sdk: [ python ]')
      .replace(/\n/g, '\r\n')
      .trimEnd();
    writeFileSync(join(contentDir, 'tools', 'bento-copy.yaml'), copied);
    expect(filesWithProblems(contentDir)).toEqual([]);
    // The formatting check of `npm test`, with the repository's own settings, has nothing to say.
    for (const file of ['.prettierrc.json', '.prettierignore'])
      cpSync(join(REPO_ROOT, file), join(workDir, file));
    // Prettier loads its plugins from the working directory's packages.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
    const prettier = spawnSync(
      join(REPO_ROOT, 'node_modules', '.bin', 'prettier'),
      ['--check', '.', '--no-error-on-unmatched-pattern'],
      { cwd: workDir, encoding: 'utf8' },
    );
    expect(prettier.stdout + prettier.stderr).not.toMatch(/bento-copy|Code style issues/);
    expect(prettier.status, prettier.stdout + prettier.stderr).toBe(0);
  });

  it('passes npm run validate', () => {
    const result = run('validate.ts', []);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content OK/);
  });

  it('builds', async () => {
    await buildSite({ contentDir, outDir, workDir: siteDir, ownRoot: true });
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('keeps every HTML page within its gzipped page budget', () => {
    const survey = surveyHtml(outDir, htmlBudgetOf);
    expect(survey.pages).toBeGreaterThan(50);
    expect(
      survey.overBudget.map(
        ({ page, gzipBytes, budget }) => `${page}: ${formatKb(gzipBytes)} of ${formatKb(budget)}`,
      ),
    ).toEqual([]);
  });

  it('publishes the whole directory as Markdown at /guide.md, generated from the changed content', () => {
    const markdown = readFileSync(join(outDir, 'guide.md'), 'utf8');
    expect(markdown).toContain('**[GX Core](https://greatexpectations.io/)**');
    expect(markdown).toContain('**[vLLM](https://docs.vllm.ai/)**');
    expect(markdown).not.toContain('**[Pandera](');
  });

  it('has pages for the new tools, the new subcategory and the new resource', () => {
    expect(page('tools/ray-serve')).toMatch(/<h1[^>]*>Ray Serve</);
    expect(page('tools/ray-serve')).toContain('Apache-2.0');
    expect(page('tools/vllm')).toMatch(/<h1[^>]*>vLLM</);
    const category = page('categories/model-serving');
    expect(category).toMatch(/<h2 id="llm-serving"[^>]*>LLM Serving/);
    expect(category).toContain('href="/tools/vllm/"');
    expect(page('resources/reliable-machine-learning')).toMatch(/<h1[^>]*>Reliable Machine Learning</);
    expect(page('tools/gx-core')).toMatch(/<h1[^>]*>GX Core</);
    expect(page('tools/bento-copy')).toMatch(/<h1[^>]*>Bento Copy</);
    expect(page('tools/bento-copy')).toContain('Containerization');
  });

  it('sends the renamed tool’s old address to its new page', () => {
    expect(redirectTarget(page('tools/great-expectations'))).toBe('/tools/gx-core/');
  });

  it('sends the removed tool’s old address to a page that says why and what to use instead', () => {
    expect(redirectTarget(page('tools/pandera'))).toBe('/removed/pandera/');
    const removed = page('removed/pandera');
    expect(redirectTarget(removed)).toBeUndefined();
    expect(removed).toMatch(/<h1[^>]*>Pandera was removed from the guide</);
    expect(removed).toContain('href="/tools/gx-core/"');
    expect(removed).toContain('href="/tools/deepchecks/"');
  });

  it('links no page to the old addresses', () => {
    const linking = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .filter((name) => {
        const html = readFileSync(join(outDir, name), 'utf8');
        return (
          redirectTarget(html) === undefined && /href="\/tools\/(?:pandera|great-expectations)\/"/.test(html)
        );
      });
    expect(linking).toEqual([]);
  });
});
