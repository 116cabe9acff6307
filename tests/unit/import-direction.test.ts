import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerOf } from '../../scripts/lib/lint/import-direction.ts';
import { LAYERS } from '../../scripts/lib/lint/layers.ts';

/**
 * The import-direction rule, run through ESLint's own API with the project's config on probe
 * files placed (in memory, never written) in each folder.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function directionProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'local/import-direction' || message.fatal)
    .map((message) => message.message);
}

describe('a forbidden import fails lint, with its reason', () => {
  it.each([
    [
      'src/lib/probe.ts',
      "import x from '../components/EntryCard.astro';",
      'lib may not import ../components/EntryCard.astro (components): src/lib is the logic the site runs',
    ],
    [
      'src/lib/probe.ts',
      "import { x } from '../../scripts/lib/site-code.ts';",
      'lib may not import ../../scripts/lib/site-code.ts (maintainer scripts)',
    ],
    [
      'src/lib/probe.ts',
      "import { x } from '../../tests/helpers/fixtures.ts';",
      'lib may not import ../../tests/helpers/fixtures.ts (test helpers)',
    ],
    [
      'src/lib/probe.ts',
      "import { getCollection } from 'astro:content';",
      'lib may not import astro:content',
    ],
    [
      'src/lib/nested/probe.ts',
      "export { x } from '../../data/directory.ts';",
      'lib may not import ../../data/directory.ts (data)',
    ],
    [
      'src/vocabulary.ts',
      "import { x } from './schemas/tool.ts';",
      'vocabulary may not import ./schemas/tool.ts (schemas)',
    ],
    [
      'src/config.ts',
      "import { x } from './lib/routes.ts';",
      'settings may not import ./lib/routes.ts (lib)',
    ],
    [
      'src/schemas/probe.ts',
      "import { x } from '../lib/routes.ts';",
      'schemas may not import ../lib/routes.ts (lib)',
    ],
    [
      'src/scripts/probe.ts',
      "import { readFileSync } from 'node:fs';",
      'client scripts may not import node:fs: client scripts run in the browser',
    ],
    [
      'src/scripts/probe.ts',
      "import { x } from '../data/directory.ts';",
      'client scripts may not import ../data/directory.ts (data)',
    ],
    [
      'src/data/probe.ts',
      "import x from '../components/EntryCard.astro';",
      'data may not import ../components/EntryCard.astro (components)',
    ],
    [
      'src/integrations/probe.ts',
      "const page = import('../pages/index.astro');",
      'build hooks may not import ../pages/index.astro (pages)',
    ],
    [
      'src/components/Probe.astro',
      "---\nimport Page from '../pages/index.astro';\n---\n<Page />\n",
      'components may not import ../pages/index.astro (pages)',
    ],
    [
      'src/components/Probe.astro',
      "<p>x</p>\n<script>\nimport '../../scripts/bench.ts';\n</script>\n",
      'components may not import ../../scripts/bench.ts (maintainer scripts)',
    ],
    [
      'src/layouts/Probe.astro',
      "---\nimport { check } from '../integrations/content-check.ts';\n---\n<p>{check}</p>\n",
      'layouts may not import ../integrations/content-check.ts (build hooks)',
    ],
    [
      'src/pages/probe.ts',
      "import { x } from '../../scripts/lib/budgets.ts';",
      'pages may not import ../../scripts/lib/budgets.ts (maintainer scripts)',
    ],
    [
      'scripts/probe.ts',
      "import { x } from '../tests/helpers/fixtures.ts';",
      'maintainer scripts may not import ../tests/helpers/fixtures.ts (test helpers)',
    ],
    [
      'scripts/lib/probe.ts',
      "import x from '../../src/components/EntryCard.astro';",
      'maintainer scripts may not import ../../src/components/EntryCard.astro (components)',
    ],
    [
      'tests/helpers/probe.ts',
      "import { x } from '../unit/lib.test.ts';",
      'test helpers may not import ../unit/lib.test.ts (tests)',
    ],
  ])('%s: %s', async (file, code, message) => {
    const problems = await directionProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('imports down the layers pass', () => {
  it.each([
    [
      'src/pages/probe.ts',
      "import { routes } from '../lib/routes.ts';\nimport x from '../components/EntryCard.astro';\nexport { x, routes };",
    ],
    [
      'src/components/Probe.astro',
      "---\nimport { SITE } from '../config.ts';\n---\n<p>{SITE.title}</p>\n<script>\nimport '../scripts/fold-panel.ts';\n</script>\n",
    ],
    [
      'src/lib/probe.ts',
      "import { z } from 'astro/zod';\nimport { x } from '../vocabulary.ts';\nexport { x, z };",
    ],
    [
      'scripts/probe.ts',
      "import { readContentFiles } from '../src/lib/content-files.ts';\nexport { readContentFiles };",
    ],
    ['tests/helpers/probe.ts', "import { x } from '../../scripts/lib/budgets.ts';\nexport { x };"],
    [
      'tests/unit/probe.test.ts',
      "import { x } from '../helpers/fixtures.ts';\nimport y from '../../src/pages/index.astro';\nexport { x, y };",
    ],
  ])('%s', async (file, code) => {
    expect(await directionProblems(file, code)).toEqual([]);
  });
});

describe('the layers', () => {
  it('cover every folder and file of src/, scripts/ and tests/', () => {
    const paths = [
      ...readdirSync('src').map((name) => `src/${name}`),
      'scripts/probe.ts',
      'scripts/lib/probe.ts',
      ...readdirSync('tests').map((name) => `tests/${name}/probe.ts`),
    ];
    expect(paths.filter((path) => layerOf(LAYERS, path) === undefined)).toEqual([]);
  });

  it('belong to the longest path that holds a file', () => {
    expect(layerOf(LAYERS, 'src/scripts/probe.ts')?.name).toBe('client scripts');
    expect(layerOf(LAYERS, 'scripts/lib/upstream/refresh.ts')?.name).toBe('maintainer scripts');
    expect(layerOf(LAYERS, 'src/libraries/probe.ts')).toBeUndefined();
  });
});
