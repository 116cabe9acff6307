import { describe, expect, it } from 'vitest';
import { handOver, takeCollection } from '../../src/integrations/checked-entries.ts';
import { readCheckedContent, readEntryData, type ContentFile } from '../../src/lib/content-check.ts';
import { validFiles } from '../helpers/fixtures.ts';

const file = (text: string): ContentFile => ({
  path: 'content/tools/handed.yaml',
  collection: 'tools',
  text,
});

describe('entries handed from the content check to the loaders', () => {
  it('are taken once, by collection, and not at all when none were handed over', () => {
    expect(takeCollection('tools')).toBeUndefined();
    const category: ContentFile = {
      path: 'content/categories/c.yaml',
      collection: 'categories',
      text: 'name: C\n',
    };
    handOver(file('name: A\n'), { name: 'A' });
    handOver(category, { name: 'C' });
    expect(takeCollection('tools')).toEqual([{ file: file('name: A\n'), data: { name: 'A' } }]);
    expect(takeCollection('tools')).toEqual([]);
    expect(takeCollection('categories')).toEqual([{ file: category, data: { name: 'C' } }]);
    expect(takeCollection('categories')).toBeUndefined();
  });

  it('are every file that reads as YAML, with the fields a loader would read itself', () => {
    const files = validFiles();
    const read = new Map<string, Record<string, unknown>>();
    readCheckedContent(files, undefined, (checked, data) => read.set(checked.path, data));
    expect(read.size).toBe(files.length);
    for (const checked of files) expect(read.get(checked.path)).toEqual(readEntryData(checked).data);
  });
});
