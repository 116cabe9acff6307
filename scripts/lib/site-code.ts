/**
 * What of `src/` the site runs: the modules Astro's entry points (the config, the pages, the
 * content config) import, directly or through others. Everything else in `src/` is code only the
 * maintainers' scripts or the tests use, and belongs in `scripts/lib/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGraph, reachableFrom } from './import-graph.ts';

/** Where Astro starts: its config (with the integrations), the routes and the collections. */
const SITE_ENTRIES = ['astro.config.mjs', 'src/pages', 'src/content.config.ts'];
const SITE = ['astro.config.mjs', 'src'];

export interface UnusedModule {
  readonly module: string;
  readonly lines: number;
}

/** The modules of `folder` (within `src/`) the site never imports, with their line counts. */
export function modulesTheSiteNeverRuns(root: string, folder = 'src'): UnusedModule[] {
  const graph = importGraph(root, SITE);
  const entries = [...graph.keys()].filter((module) =>
    SITE_ENTRIES.some((entry) => module === entry || module.startsWith(`${entry}/`)),
  );
  const run = reachableFrom(graph, entries);
  return [...graph.keys()]
    .filter((module) => module.startsWith(`${folder}/`) && !run.has(module))
    .sort()
    .map((module) => ({ module, lines: linesOf(join(root, module)) }));
}

export function linesOf(file: string): number {
  return readFileSync(file, 'utf8').split('\n').length - 1;
}
