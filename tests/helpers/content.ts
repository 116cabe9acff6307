import { parse } from 'yaml';
import { readContentFiles } from '../../src/integrations/content-files.ts';

/** Every YAML entry of a collection in `content/`, parsed, keyed by slug. */
export function readEntries(
  collection: 'tools' | 'resources' | 'categories',
): Map<string, Record<string, unknown>> {
  const entries = new Map<string, Record<string, unknown>>();
  for (const file of readContentFiles('content')) {
    if (file.collection !== collection) continue;
    const slug = (file.path.split('/').pop() ?? '').replace(/\.yaml$/, '');
    entries.set(slug, parse(file.text, { customTags: ['timestamp'] }) as Record<string, unknown>);
  }
  return entries;
}
