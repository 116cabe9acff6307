import { parse } from 'yaml';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { FIXTURE_CONTENT_DIR } from './sites.ts';

/**
 * Every YAML entry of a collection, parsed, keyed by slug; of the frozen fixture content unless
 * another content folder is given.
 */
export function readEntries(
  collection: 'tools' | 'resources' | 'categories',
  contentDir = FIXTURE_CONTENT_DIR,
): Map<string, Record<string, unknown>> {
  const entries = new Map<string, Record<string, unknown>>();
  for (const file of readContentFiles(contentDir)) {
    if (file.collection !== collection) continue;
    const slug = (file.path.split('/').pop() ?? '').replace(/\.yaml$/, '');
    entries.set(slug, parse(file.text, { customTags: ['timestamp'] }) as Record<string, unknown>);
  }
  return entries;
}

/** Whether a parsed tool is listed in a category: filed there, or placed there by `alsoIn`. */
export function listedIn(tool: Record<string, unknown>, categoryId: string): boolean {
  const alsoIn = Array.isArray(tool['alsoIn']) ? (tool['alsoIn'] as { category?: unknown }[]) : [];
  return tool['category'] === categoryId || alsoIn.some((placement) => placement.category === categoryId);
}
