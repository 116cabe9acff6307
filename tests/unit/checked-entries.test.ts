import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInWorker } from '../../src/integrations/content-check.ts';
import { handOver, takeCollection } from '../../src/integrations/checked-entries.ts';
import { asStored } from '../../src/integrations/content-loader.ts';
import { readCheckedContent, readEntryData, type ContentFile } from '../../src/lib/content-check.ts';
import { validFiles } from '../helpers/fixtures.ts';

const file = (text: string): ContentFile => ({
  path: 'content/tools/handed.yaml',
  collection: 'tools',
  text,
});

describe('entries handed from the content check to the loaders', () => {
  it('are taken once, by collection, and not at all when none were handed over', async () => {
    expect(await takeCollection('tools')).toBeUndefined();
    const category: ContentFile = {
      path: 'content/categories/c.yaml',
      collection: 'categories',
      text: 'name: C\n',
    };
    handOver(
      Promise.resolve([
        { file: file('name: A\n'), data: { name: 'A' } },
        { file: category, data: { name: 'C' } },
      ]),
    );
    expect(await takeCollection('tools')).toEqual([{ file: file('name: A\n'), data: { name: 'A' } }]);
    expect(await takeCollection('tools')).toEqual([]);
    expect(await takeCollection('categories')).toEqual([{ file: category, data: { name: 'C' } }]);
    expect(await takeCollection('categories')).toBeUndefined();
  });

  it('are waited for: a loader that asks before the check is done gets them when it is', async () => {
    let finish: (entries: { file: ContentFile; data: Record<string, unknown> }[]) => void = () => {};
    handOver(new Promise((resolve) => (finish = resolve)));
    const taken = takeCollection('tools');
    let settled = false;
    void taken.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish([{ file: file('name: B\n'), data: { name: 'B' } }]);
    expect(await taken).toEqual([{ file: file('name: B\n'), data: { name: 'B' } }]);
  });

  it('are stored as the schema stores them: a reference as `{ id, collection }`', () => {
    const data = { name: 'A', category: 'serving' };
    expect(asStored(data, { category: 'categories' })).toEqual({
      name: 'A',
      category: { id: 'serving', collection: 'categories' },
    });
    expect(asStored(data, {})).toEqual(data);
    expect(data.category).toBe('serving');
  });

  it('are every file that reads as YAML, with the fields a loader would read itself', () => {
    const files = validFiles();
    const read = new Map<string, Record<string, unknown>>();
    readCheckedContent(files, undefined, (checked, data) => read.set(checked.path, data));
    expect(read.size).toBe(files.length);
    for (const checked of files) expect(read.get(checked.path)).toEqual(readEntryData(checked).data);
  });
});

/** What the build's check worker posts for the content in `root`. */
const checkContentIn = (root: string) => checkInWorker({ ...process.env, CONTENT_DIR: root });

describe("the build's content check worker", () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'content');
  const yamlFiles = (root: string) =>
    ['categories', 'tools', 'resources', 'redirects'].flatMap((collection) =>
      readdirSync(join(root, collection)).filter((name) => name.endsWith('.yaml')),
    ).length;

  it('posts no problem and every file of valid content, its fields as its schema reads them', async () => {
    const outcome = await checkContentIn(fixture);
    expect(outcome.problems).toEqual([]);
    const yaml = outcome.entries.filter((entry) => entry.file.path.endsWith('.yaml'));
    expect(yaml).toHaveLength(yamlFiles(fixture));
    const valid = new Map<string, unknown>();
    readCheckedContent(
      yaml.map((entry) => entry.file),
      undefined,
      (file, _written, schemaRead) => valid.set(file.path, schemaRead),
    );
    for (const entry of yaml) {
      expect(entry.data).toEqual(valid.get(entry.file.path));
      // Read by the schema, not as written: dates become days, defaults are filled in.
      expect(entry.data).not.toEqual(readEntryData(entry.file).data);
    }
  });

  it('posts the problems of broken content, naming the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-worker-'));
    try {
      cpSync(fixture, root, { recursive: true });
      const tool = readdirSync(join(root, 'tools')).find((name) => name.endsWith('.yaml')) ?? '';
      writeFileSync(join(root, 'tools', tool), 'name: Broken\n');
      const outcome = await checkContentIn(root);
      expect(outcome.problems.length).toBeGreaterThan(0);
      expect(outcome.problems.some((problem) => problem.file.endsWith(tool))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
