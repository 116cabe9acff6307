import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent, readEntryData, type ContentFile } from '../../src/lib/content-check.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { REAL_CONTENT_DIR } from '../../scripts/lib/generate-content.ts';
import { validFiles } from '../helpers/fixtures.ts';

/** The fields as the full reader (a YAML tree with every line) reads them. */
const fullRead = (text: string): unknown =>
  parseDocument(text, { customTags: ['timestamp'], uniqueKeys: true }).toJS();

const file = (text: string): ContentFile => ({ path: 'content/tools/plain.yaml', collection: 'tools', text });

describe('reading an entry', () => {
  it('gives the fields the full reader gives, for every entry of the fixture and of the guide', () => {
    const entries = [...validFiles(), ...readContentFiles(REAL_CONTENT_DIR, { history: false })].filter(
      (entry) => entry.collection !== 'guides',
    );
    const differing = entries
      .filter((entry) => !isDeepStrictEqual(readEntryData(entry).data, fullRead(entry.text)))
      .map((entry) => entry.path);
    expect(differing).toEqual([]);
  });

  it('reads dates and quoted text as the full reader does', () => {
    const text =
      'name: A\nadded: 2024-05-01\nnote: "starts with *, & and !"\nurl: https://a.example/?q=1&r=2\n';
    expect(readEntryData(file(text)).data).toEqual(fullRead(text));
    expect(readEntryData(file(text)).data?.['added']).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it('leaves anchors, aliases, tags and merge keys to the full reader, whose answer stands', () => {
    // js-yaml would merge the keys of `base` here; the full reader (YAML 1.2) keeps "<<" as a key.
    const merged = 'base: &base\n  a: 1\nother:\n  <<: *base\n  b: 2\n';
    expect(readEntryData(file(merged)).data).toEqual(fullRead(merged));
    expect(readEntryData(file(merged)).data).toEqual({ base: { a: 1 }, other: { '<<': { a: 1 }, b: 2 } });
    const tagged = 'name: !!str 12\n';
    expect(readEntryData(file(tagged)).data).toEqual({ name: '12' });
  });

  it('reports a problem with the full reader’s words and line', () => {
    const duplicated = 'name: A\nurl: https://a.example\nname: B\n';
    expect(readEntryData(file(duplicated)).problems).toEqual([
      expect.objectContaining({ line: 3, field: '(yaml)', message: expect.stringMatching(/unique/i) }),
    ]);
    const unknownField = validFiles()
      .find((entry) => entry.collection === 'tools')
      ?.text.concat('\nwebsite: https://example.com\n');
    const problems = checkContent([
      ...validFiles().filter((entry) => entry.collection !== 'tools'),
      file(unknownField ?? ''),
    ]).filter((problem) => problem.file === 'content/tools/plain.yaml');
    // The tree is read for the line only when a problem needs one.
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'website', line: (unknownField ?? '').trimEnd().split('\n').length }),
    );
  });
});
