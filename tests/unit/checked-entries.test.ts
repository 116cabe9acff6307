import { describe, expect, it } from 'vitest';
import { handOver, takeOver } from '../../src/integrations/checked-entries.ts';
import { readCheckedContent, readEntryData, type ContentFile } from '../../src/lib/content-check.ts';
import { validFiles } from '../helpers/fixtures.ts';

const file = (text: string): ContentFile => ({
  path: 'content/tools/handed.yaml',
  collection: 'tools',
  text,
});

describe('entries handed from the content check to the loaders', () => {
  it('are taken once, and only while the file reads as it did when checked', () => {
    handOver(file('name: A\n'), { name: 'A' });
    expect(takeOver(file('name: A\n'))).toEqual({ name: 'A' });
    expect(takeOver(file('name: A\n'))).toBeUndefined();
    handOver(file('name: A\n'), { name: 'A' });
    expect(takeOver(file('name: B\n'))).toBeUndefined();
  });

  it('are every file that reads as YAML, with the fields a loader would read itself', () => {
    const files = validFiles();
    const read = new Map<string, Record<string, unknown>>();
    readCheckedContent(files, undefined, (checked, data) => read.set(checked.path, data));
    expect(read.size).toBe(files.length);
    for (const checked of files) expect(read.get(checked.path)).toEqual(readEntryData(checked).data);
  });
});
