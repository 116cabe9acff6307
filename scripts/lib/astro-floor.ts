/**
 * The "floor" of a build: how long Astro itself takes to write a given number of pages from a
 * trivial template, in a throwaway project that shares this repository's packages. The benchmark
 * reports the site's build time as a ratio to it, so a slow build is told apart from many pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './build-site.ts';
import { astroCommand, buildProcessEnv } from './build-process.ts';

const PAGE = `---
export function getStaticPaths() {
  const count = Number(process.env.FLOOR_PAGES ?? '1');
  return Array.from({ length: count }, (_, index) => ({ params: { page: String(index) } }));
}
const { page } = Astro.params;
---

<html lang="en">
  <head><meta charset="utf-8" /><title>Page {page}</title></head>
  <body><h1>Page {page}</h1><p>The same page, written {page} times over.</p></body>
</html>
`;

/**
 * How the floor is configured: `bare`, Astro's defaults; `site`, the site's per-page settings
 * (`src/astro-settings.ts`: a Content-Security-Policy <meta> hashed for every page, a folder per
 * page, four pages at a time) and a sitemap, the costs Astro charges any site built that way.
 */
export type FloorSettings = 'bare' | 'site';

const SETTINGS_MODULE = pathToFileURL(join(REPO_ROOT, 'src', 'astro-settings.ts')).href;

const CONFIGS: Record<FloorSettings, string> = {
  bare: 'export default {};\n',
  site: [
    "import sitemap from '@astrojs/sitemap';",
    `import { PAGE_SETTINGS } from ${JSON.stringify(SETTINGS_MODULE)};`,
    "export default { site: 'https://floor.invalid', ...PAGE_SETTINGS, integrations: [sitemap()] };",
    '',
  ].join('\n'),
};

/** Builds `pages` trivial pages in `workDir` and returns the wall time in seconds. */
export async function buildFloor(
  pages: number,
  workDir: string,
  settings: FloorSettings = 'bare',
): Promise<number> {
  const root = join(workDir, `floor-${settings}`);
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  if (!existsSync(join(root, 'node_modules')))
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.mjs'), CONFIGS[settings]);
  writeFileSync(join(root, 'src', 'pages', '[page].astro'), PAGE);
  const started = performance.now();
  const { command, args } = astroCommand(['build', '--root', root]);
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...buildProcessEnv(),
      PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      FLOOR_PAGES: String(pages),
    },
    stdio: 'ignore',
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (exitCode !== 0) throw new Error(`the floor build of ${pages} pages failed (exit ${exitCode})`);
  return (performance.now() - started) / 1000;
}
