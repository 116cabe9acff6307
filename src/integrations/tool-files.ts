import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toolFiles, type DirectoryData } from '../lib/data-export.ts';

/**
 * Writes `data/tools/<slug>.json` for every tool of the built `/tools.json`, after the build:
 * the same records, one file each, without a page route per tool (10,000 routes took Astro
 * longer than writing the files does).
 */
export function writeToolFiles(site: string): number {
  const data = JSON.parse(readFileSync(join(site, 'tools.json'), 'utf8')) as DirectoryData;
  const outDir = join(site, 'data', 'tools');
  mkdirSync(outDir, { recursive: true });
  const files = toolFiles(data);
  for (const file of files)
    writeFileSync(join(outDir, `${file.tool.slug}.json`), `${JSON.stringify(file)}\n`);
  return files.length;
}

export function toolDataFiles(): AstroIntegration {
  return {
    name: 'mlops-guide:tool-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`wrote ${writeToolFiles(fileURLToPath(dir))} tool files`);
      },
    },
  };
}
