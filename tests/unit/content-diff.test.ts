/**
 * The directory diff of a pull request (scripts/lib/diff/content-diff.ts) on the frozen fixture content,
 * read once and then changed in memory: each test builds the "head" side from the "base" side
 * the way a contributor's pull request would.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import type { ContentFile } from '../../src/lib/content-check.ts';
import {
  diffContent,
  diffHeadline,
  factChanges,
  markdownText,
  renderDiffMarkdown,
  type ContentDiff,
} from '../../scripts/lib/diff/content-diff.ts';

/** The fixture content, with the paths a contributor sees (`content/tools/mlflow.yaml`). */
const BASE: readonly ContentFile[] = readContentFiles('tests/fixtures/content').map((file) => ({
  ...file,
  path: file.path.replace(/^tests\/fixtures\/content\//, 'content/'),
}));

function textOf(files: readonly ContentFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} in the fixture`);
  return file.text;
}

/** Head = base with some files written (added or replaced) and some deleted. */
function change(write: Record<string, string>, remove: readonly string[] = []): ContentFile[] {
  const kept = BASE.filter((file) => !(file.path in write) && !remove.includes(file.path));
  const written = Object.entries(write).map(([path, text]) => ({
    path,
    collection: path.split('/')[1] as ContentFile['collection'],
    text,
  }));
  return [...kept, ...written];
}

/** A fixture file with `from` replaced by `to` (which must occur). */
function edited(path: string, from: string | RegExp, to: string): string {
  const text = textOf(BASE, path);
  const result = text.replace(from, to);
  if (result === text) throw new Error(`${String(from)} is not in ${path}`);
  return result;
}

const METAFLOW = 'content/tools/metaflow.yaml';
const ZENML = 'content/tools/zenml.yaml';
const PREFECT = 'content/tools/prefect.yaml';
const HUGGING_FACE = 'content/tools/hugging-face-inference-api.yaml';

const SELDON_CORE = `name: Seldon Core
url: https://www.seldon.io/
description: Deploys and monitors ML models on Kubernetes
category: model-serving
subcategory: inference-servers
features:
  - Canary rollouts
  - A/B tests
license: open-source
licenseId: Apache-2.0
sources:
  - https://github.com/SeldonIO/seldon-core/blob/master/LICENSE
status: active
added: 2026-12-01
`;

const THEANO = `name: Theano
url: https://github.com/Theano/Theano
description: Numerical computation library
category: model-serving
subcategory: inference-servers
features:
  - Symbolic differentiation
license: open-source
licenseId: BSD-3-Clause
status: archived
statusDate: 2020-07-27
statusNote: The repository was archived.
successors:
  - metaflow
sources:
  - https://github.com/Theano/Theano
added: 2026-12-01
`;

function slugs(entries: readonly { slug: string }[]): string[] {
  return entries.map((entry) => entry.slug);
}

function expectNothingElse(diff: ContentDiff, but: (keyof ContentDiff)[]): void {
  const lists = ['added', 'removed', 'renamed', 'changed', 'unchecked', 'otherFiles', 'warnings'] as const;
  for (const list of lists) if (!but.includes(list)) expect(diff[list], list).toEqual([]);
}

describe('diffContent', () => {
  it('finds nothing when nothing changed', () => {
    const diff = diffContent(BASE, BASE);
    expectNothingElse(diff, []);
    expect(diff.problems).toEqual([]);
    expect(diffHeadline(diff)).toBe('no tool or resource added, removed, renamed or changed');
    expect(renderDiffMarkdown(diff)).toContain(`✅ No problems in ${BASE.length} content files.`);
  });

  it('says that a pull request adds one tool and changes the license of another', () => {
    const head = change({
      'content/tools/seldon-core.yaml': SELDON_CORE,
      [METAFLOW]: edited(METAFLOW, 'license: open-source', 'license: commercial').replace(
        'licenseId: Apache-2.0\n',
        '',
      ),
    });
    const diff = diffContent(BASE, head);
    expect(diff.problems).toEqual([]);
    expectNothingElse(diff, ['added', 'changed', 'warnings']);
    expect(diff.added).toEqual([
      {
        kind: 'tool',
        slug: 'seldon-core',
        name: 'Seldon Core',
        path: 'content/tools/seldon-core.yaml',
        valid: true,
        description: 'Deploys and monitors ML models on Kubernetes',
        facts: [
          { field: 'category', value: 'model-serving/inference-servers' },
          { field: 'license', value: 'open-source' },
          { field: 'licenseId', value: 'Apache-2.0' },
          { field: 'status', value: 'active' },
        ],
      },
    ]);
    expect(diff.changed).toEqual([
      {
        kind: 'tool',
        slug: 'metaflow',
        name: 'Metaflow',
        path: METAFLOW,
        changes: [
          { field: 'license', type: 'value', before: 'open-source', after: 'commercial' },
          { field: 'licenseId', type: 'value', before: 'Apache-2.0', after: undefined },
        ],
      },
    ]);
    expect(diff.warnings).toEqual([
      expect.objectContaining({
        kind: 'license-from-open-source',
        entry: expect.objectContaining({ slug: 'metaflow' }),
        message: expect.stringContaining('moves away from open source (open-source → commercial)'),
      }),
    ]);
    expect(diffHeadline(diff)).toBe('1 tool added, 1 tool changed');

    const markdown = renderDiffMarkdown(diff, { base: 'origin/main' });
    expect(markdown).toContain('Compared with `origin/main`: **1 tool added, 1 tool changed.**');
    expect(markdown).toContain(
      '#### Added\n\n- **Seldon Core** (`content/tools/seldon-core.yaml`), a tool: ' +
        '“Deploys and monitors ML models on Kubernetes” — `category` `model-serving/inference-servers` · ' +
        '`license` `open-source` · `licenseId` `Apache-2.0` · `status` `active`\n',
    );
    expect(markdown).toContain(
      '#### Changed\n\n- **Metaflow** (`content/tools/metaflow.yaml`)\n' +
        '  - `license`: `open-source` → `commercial`\n' +
        '  - `licenseId`: `Apache-2.0` → (none)\n',
    );
    expect(markdown).toContain(
      '#### For reviewers\n\n- ⚠️ **Metaflow** (`content/tools/metaflow.yaml`): license moves away from open source',
    );
    expect(markdown).not.toMatch(/#### (Removed|Renamed|Not compared|Other content files)/);
  });

  it('warns when a license moves to open source', () => {
    const head = change({
      [HUGGING_FACE]: edited(HUGGING_FACE, 'license: freemium', 'license: open-source\nlicenseId: MIT'),
    });
    const diff = diffContent(BASE, head);
    expect(diff.warnings.map((warning) => [warning.kind, warning.entry.slug])).toEqual([
      ['license-to-open-source', 'hugging-face-inference-api'],
    ]);
    expect(diff.warnings[0]?.message).toContain('moves to open source (freemium → open-source)');
  });

  it('shows a rename: the old slug removed, its redirect pointing at the new slug, which is added', () => {
    const head = change(
      {
        'content/tools/prefect-orion.yaml': edited(PREFECT, /^name: Prefect$/m, 'name: Prefect Orion'),
        'content/redirects/prefect.yaml':
          'name: Prefect\nto: prefect-orion\nreason: Renamed upstream.\ndate: 2026-12-01\n',
      },
      [PREFECT],
    );
    const diff = diffContent(BASE, head);
    expect(diff.problems).toEqual([]);
    expectNothingElse(diff, ['renamed', 'otherFiles']);
    expect(diff.renamed).toEqual([
      {
        from: { kind: 'tool', slug: 'prefect', name: 'Prefect', path: PREFECT },
        to: {
          kind: 'tool',
          slug: 'prefect-orion',
          name: 'Prefect Orion',
          path: 'content/tools/prefect-orion.yaml',
        },
        redirectPath: 'content/redirects/prefect.yaml',
        changes: [{ field: 'name', type: 'value', before: 'Prefect', after: 'Prefect Orion' }],
      },
    ]);
    expect(diff.otherFiles).toEqual([{ path: 'content/redirects/prefect.yaml', change: 'added' }]);
    expect(diffHeadline(diff)).toBe('1 tool renamed');
    expect(renderDiffMarkdown(diff)).toContain(
      '#### Renamed\n\n- **Prefect** (`content/tools/prefect.yaml`) → **Prefect Orion** ' +
        '(`content/tools/prefect-orion.yaml`), redirected by `content/redirects/prefect.yaml`\n' +
        '  - `name`: “Prefect” → “Prefect Orion”\n',
    );
  });

  it('is not a rename when the redirect points elsewhere: a new tool and a removed one', () => {
    const head = change(
      {
        'content/tools/prefect-orion.yaml': edited(PREFECT, /^name: Prefect$/m, 'name: Prefect Orion'),
        'content/redirects/prefect.yaml': 'name: Prefect\nto: metaflow\nreason: Merged.\ndate: 2026-12-01\n',
      },
      [PREFECT],
    );
    const diff = diffContent(BASE, head);
    expect(diff.renamed).toEqual([]);
    expect(slugs(diff.added)).toEqual(['prefect-orion']);
    expect(diff.removed).toEqual([
      expect.objectContaining({ slug: 'prefect', redirect: expect.objectContaining({ to: 'metaflow' }) }),
    ]);
    expect(renderDiffMarkdown(diff)).toContain('its address leads to `metaflow`');
  });

  it('warns about a tool removed without a redirect', () => {
    const diff = diffContent(BASE, change({}, [ZENML]));
    expectNothingElse(diff, ['removed', 'warnings']);
    expect(diff.removed).toEqual([{ kind: 'tool', slug: 'zenml', name: 'ZenML', path: ZENML }]);
    expect(diff.warnings).toEqual([
      {
        kind: 'removed-without-redirect',
        entry: diff.removed[0],
        message: 'removed without a redirect; add content/redirects/zenml.yaml so its address keeps working',
      },
    ]);
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain('**1 tool removed.**');
    expect(markdown).toContain('- **ZenML** (`content/tools/zenml.yaml`), with no redirect');
    expect(markdown).toContain('- ⚠️ **ZenML** (`content/tools/zenml.yaml`): removed without a redirect');
  });

  it('says so when the redirect of a removed tool does not pass the check', () => {
    const redirect = 'name: ZenML\nreason: Out of scope.\n';
    const diff = diffContent(BASE, change({ 'content/redirects/zenml.yaml': redirect }, [ZENML]));
    expect(diff.problems).toEqual([
      expect.objectContaining({ file: 'content/redirects/zenml.yaml', field: 'date' }),
    ]);
    expect(diff.warnings.map((warning) => [warning.kind, warning.message])).toEqual([
      [
        'removed-without-redirect',
        'removed without a valid redirect: content/redirects/zenml.yaml does not pass the content check',
      ],
    ]);
  });

  it('does not warn about a tool removed with a redirect, and shows what to use instead', () => {
    const redirect = 'name: ZenML\nreason: Out of scope.\ninstead:\n  - metaflow\ndate: 2026-12-01\n';
    const diff = diffContent(BASE, change({ 'content/redirects/zenml.yaml': redirect }, [ZENML]));
    expect(diff.warnings).toEqual([]);
    expect(diff.removed).toEqual([
      {
        kind: 'tool',
        slug: 'zenml',
        name: 'ZenML',
        path: ZENML,
        redirect: { path: 'content/redirects/zenml.yaml', instead: ['metaflow'], reason: 'Out of scope.' },
      },
    ]);
    expect(renderDiffMarkdown(diff)).toContain(
      '- **ZenML** (`content/tools/zenml.yaml`): “Out of scope.” (`content/redirects/zenml.yaml`; instead: `metaflow`)',
    );
  });

  it('warns when a status leaves active with no successors or no new source', () => {
    const dormant = edited(
      METAFLOW,
      'status: active',
      'status: dormant\nstatusDate: 2026-10-01\nstatusNote: No release for over a year.',
    );
    const diff = diffContent(BASE, change({ [METAFLOW]: dormant }));
    expect(diff.problems).toEqual([]);
    expect(diff.warnings).toEqual([
      expect.objectContaining({
        kind: 'status-leaves-active',
        message: 'status leaves active (active → dormant) with no successors and no new source',
      }),
    ]);

    const sourced = dormant.replace(
      'sources:\n',
      'sources:\n  - https://github.com/Netflix/metaflow/releases\n',
    );
    const onlySuccessors = diffContent(BASE, change({ [METAFLOW]: sourced }));
    expect(onlySuccessors.warnings.map((warning) => warning.message)).toEqual([
      'status leaves active (active → dormant) with no successors',
    ]);

    const deprecated = sourced
      .replace('status: dormant', 'status: deprecated')
      .replace('added:', 'successors:\n  - prefect\nadded:');
    const backed = diffContent(BASE, change({ [METAFLOW]: deprecated }));
    expect(backed.problems).toEqual([]);
    expect(backed.warnings).toEqual([]);
  });

  it('shows an acquisition in words and warns that the owner changes', () => {
    const BENTOML = 'content/tools/bentoml.yaml';
    const acquired = edited(
      BENTOML,
      'maintainer:\n  name: BentoML\n  kind: vendor\n',
      'maintainer:\n  name: BentoML\n  kind: vendor\nhistory:\n  - event: acquired\n    party: Example Cloud\n    date: 2026-02-20\n    source: https://example.com/press\n',
    );
    const diff = diffContent(BASE, change({ [BENTOML]: acquired }));
    expect(diff.problems).toEqual([]);
    expect(diff.changed[0]?.changes).toEqual([
      {
        field: 'history',
        type: 'list',
        added: ['acquired by Example Cloud (2026-02-20)'],
        removed: [],
        reordered: false,
      },
    ]);
    expect(diff.warnings).toEqual([
      expect.objectContaining({
        kind: 'owner-changes',
        message:
          "owner changes (BentoML → Example Cloud); check the announcement in history or the maintainer's source",
      }),
    ]);
    expect(renderDiffMarkdown(diff)).toContain('`history`: added “acquired by Example Cloud (2026-02-20)”');
  });

  it('warns about a tool added with status archived', () => {
    const diff = diffContent(BASE, change({ 'content/tools/theano.yaml': THEANO }));
    expect(diff.problems).toEqual([]);
    expect(diff.warnings).toEqual([
      expect.objectContaining({
        kind: 'added-not-active',
        entry: expect.objectContaining({ slug: 'theano' }),
        message: expect.stringMatching(/^added with status archived, but new entries must be active/),
      }),
    ]);
    expect(diffContent(BASE, change({ 'content/tools/seldon-core.yaml': SELDON_CORE })).warnings).toEqual([]);
  });

  it('lists a changed entry that fails the check as not compared, never as removed, with its problems', () => {
    const diff = diffContent(
      BASE,
      change({ [METAFLOW]: edited(METAFLOW, 'license: open-source', 'license: gratis') }),
    );
    expectNothingElse(diff, ['unchecked']);
    expect(diff.unchecked).toEqual([{ kind: 'tool', slug: 'metaflow', name: 'Metaflow', path: METAFLOW }]);
    expect(diff.problems).toEqual([
      expect.objectContaining({
        file: METAFLOW,
        field: 'license',
        message: expect.stringContaining('"gratis"'),
      }),
    ]);
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain('#### Not compared\n\n- **Metaflow** (`content/tools/metaflow.yaml`)');
    expect(markdown).toContain('❌ 1 problem in 1 file');
    expect(markdown).toMatch(/- `content\/tools\/metaflow\.yaml:\d+` — `license` — "gratis" is not allowed/);
  });

  it('lists a new entry that fails the check as added, but not checked', () => {
    const diff = diffContent(
      BASE,
      change({ 'content/tools/seldon-core.yaml': SELDON_CORE.replace('category: model-serving\n', '') }),
    );
    expect(diff.added).toEqual([
      expect.objectContaining({ slug: 'seldon-core', name: 'seldon-core', valid: false, facts: [] }),
    ]);
    expect(diff.problems.length).toBeGreaterThan(0);
    expect(renderDiffMarkdown(diff)).toContain('not checked: it has problems, listed below');
  });

  it('counts resources apart from tools, and shows list items added, removed and reordered', () => {
    const path = 'content/resources/made-with-ml.yaml';
    const text = textOf(BASE, path);
    const features = /features:\n((?: {2}- .*\n)+)/.exec(text)?.[1] ?? '';
    const reversed = features.trimEnd().split('\n').reverse().join('\n') + '\n';
    const reorderedDiff = diffContent(BASE, change({ [path]: text.replace(features, reversed) }));
    expect(diffHeadline(reorderedDiff)).toBe('1 resource changed');
    expect(reorderedDiff.changed[0]?.changes).toEqual([
      { field: 'features', type: 'list', added: [], removed: [], reordered: true },
    ]);

    const [first = ''] = features.split('\n');
    const swapped = text.replace(`${first}\n`, '  - Weekly *live* [sessions](https://example.com)\n');
    const diff = diffContent(BASE, change({ [path]: swapped }));
    expect(diff.changed[0]).toMatchObject({
      kind: 'resource',
      changes: [
        {
          field: 'features',
          type: 'list',
          added: ['Weekly *live* [sessions](https://example.com)'],
          removed: [first.replace(/^ {2}- /, '')],
        },
      ],
    });
    // Contributed words cannot make links or emphasis in the comment.
    expect(renderDiffMarkdown(diff)).toContain(
      'added “Weekly \\*live\\* \\[sessions\\](https://example.com)”',
    );
  });

  it('shows a change of layout or comments as a change without facts', () => {
    const diff = diffContent(BASE, change({ [METAFLOW]: `# Checked again\n${textOf(BASE, METAFLOW)}` }));
    expect(diff.changed).toEqual([expect.objectContaining({ slug: 'metaflow', changes: [] })]);
    expect(renderDiffMarkdown(diff)).toContain('  - no fact changed (layout or comments only)');
  });

  it('lists changed categories, guides and redirects as other content files', () => {
    const category = 'content/categories/model-serving.yaml';
    const diff = diffContent(
      BASE,
      change({ [category]: edited(category, 'name: Inference Servers', 'name: Inference servers') }, [
        'content/redirects/gone-tool.yaml',
      ]),
    );
    expect(diff.otherFiles).toEqual([
      { path: category, change: 'changed' },
      { path: 'content/redirects/gone-tool.yaml', change: 'removed' },
    ]);
    expect(renderDiffMarkdown(diff)).toContain(
      '#### Other content files\n\n- `content/categories/model-serving.yaml` changed\n- `content/redirects/gone-tool.yaml` removed\n',
    );
  });
});

describe('factChanges', () => {
  it('compares dates by day, placements as category/subcategory, and missing values', () => {
    expect(
      factChanges(
        {
          added: new Date('2025-06-19'),
          alsoIn: [{ category: 'a', subcategory: 'b' }],
          docs: 'https://x.example/',
        },
        { added: new Date('2025-06-19'), alsoIn: [{ category: 'a', subcategory: 'c' }] },
      ),
    ).toEqual([
      { field: 'alsoIn', type: 'list', added: ['a/c'], removed: ['a/b'], reordered: false },
      { field: 'docs', type: 'value', before: 'https://x.example/', after: undefined },
    ]);
  });
});

describe('renderDiffMarkdown', () => {
  it('escapes Markdown in contributed text, but leaves < > & to the comment, which escapes them as HTML', () => {
    expect(markdownText('*a* _b_ `c` [d](e) | f ~g~ \\ h\nnext')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| f \\~g\\~ \\\\ h next',
    );
    expect(markdownText('a < b & c')).toBe('a < b & c');
  });

  it('lists the first problems and counts the rest', () => {
    const head = change({
      [METAFLOW]: edited(METAFLOW, 'license: open-source', 'license: gratis'),
      [ZENML]: edited(ZENML, 'license: open-source', 'license: gratis'),
    });
    const markdown = renderDiffMarkdown(diffContent(BASE, head), { maxProblems: 1 });
    expect(markdown).toContain('❌ 2 problems in 2 files');
    expect(markdown).toContain('- … and 1 more');
    expect(markdown.match(/^- `content\/tools\//gm)).toHaveLength(1);
  });

  it('keeps backticks out of the base it names', () => {
    expect(renderDiffMarkdown(diffContent(BASE, BASE), { base: 'main`; x' })).toContain(
      'Compared with `main; x`',
    );
  });
});
