import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reachableFrom } from '../../scripts/lib/import-graph.ts';
import { modulesTheSiteNeverRuns } from '../../scripts/lib/site-code.ts';

describe('reachable modules', () => {
  it('are the roots and everything they import, through any number of modules', () => {
    const graph = new Map([
      ['page', ['a']],
      ['a', ['b', 'a']],
      ['b', ['c']],
      ['c', []],
      ['unused', ['a']],
    ]);
    expect([...reachableFrom(graph, ['page'])].sort()).toEqual(['a', 'b', 'c', 'page']);
  });
});

describe('src/ holds what the site runs', () => {
  const project = mkdtempSync(join(tmpdir(), 'site-code-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  };

  it('finds the modules of src/ that no page, integration or collection imports', () => {
    write('astro.config.mjs', "import { hook } from './src/integrations/hook.ts';\n");
    write('src/integrations/hook.ts', "export { read } from '../lib/read.ts';\n");
    write('src/lib/read.ts', 'export const read = 1;\n');
    write('src/pages/index.astro', "---\nimport Card from '../components/Card.astro';\n---\n<Card />\n");
    write('src/components/Card.astro', "<script>\nimport '../lib/shown.ts';\n</script>\n");
    write('src/lib/shown.ts', 'export {};\n');
    write('src/content.config.ts', 'export const collections = {};\n');
    write('src/lib/report.ts', "import { read } from './read.ts';\nexport const report = read;\n// two\n");
    expect(modulesTheSiteNeverRuns(project)).toEqual([{ module: 'src/lib/report.ts', lines: 3 }]);
  });

  it('has no module that only the scripts or the tests use', () => {
    expect(modulesTheSiteNeverRuns(process.cwd())).toEqual([]);
  });
});
