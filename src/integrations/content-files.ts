import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CollectionName, ContentFile } from '../lib/content-check.ts';

export const COLLECTIONS: readonly CollectionName[] = [
  'categories',
  'tools',
  'resources',
  'guides',
  'redirects',
];

/** The content directory: `CONTENT_DIR` (used by benchmarks and fixtures) or `content/`. */
export function contentRoot(): string {
  return process.env['CONTENT_DIR'] ?? 'content';
}

/** Reads every file of every collection under `root`, paths relative to the working directory. */
export function readContentFiles(root = contentRoot()): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const directory = join(root, collection);
    let names: string[];
    try {
      names = readdirSync(directory, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = join(directory, name);
      if (!statSync(path).isFile() || name.split('/').some((part) => part.startsWith('.'))) continue;
      files.push({ path: relative(process.cwd(), path), collection, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}
