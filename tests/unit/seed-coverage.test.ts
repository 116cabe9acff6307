import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { readEntries } from '../helpers/content.ts';
import { badgeValue, readSeed } from '../helpers/seed.ts';

const seed = readSeed();
const seedTools = seed.filter((entry) => entry.section !== 'Learning Resources');
const seedResources = seed.filter((entry) => entry.section === 'Learning Resources');
const tools = readEntries('tools');
const resources = readEntries('resources');
const categories = readEntries('categories');

describe('the original guide is carried over completely', () => {
  it('has 37 tools and 4 resources in the seed, and as many in the content', () => {
    expect(seedTools).toHaveLength(37);
    expect(seedResources).toHaveLength(4);
    expect(tools.size).toBe(37);
    expect(resources.size).toBe(4);
  });

  it('has the seven sections with the ids of the URL contract', () => {
    expect([...categories.keys()].sort()).toEqual(
      [
        'ci-cd-for-ml',
        'feature-stores',
        'infrastructure-orchestration',
        'mlops-platforms',
        'model-serving',
        'model-versioning',
        'monitoring-observability',
      ].sort(),
    );
  });

  for (const [kind, entries, collection] of [
    ['tool', seedTools, tools],
    ['resource', seedResources, resources],
  ] as const) {
    describe.each(entries)(`${kind} $name`, (entry) => {
      const data = collection.get(slugify(entry.name));

      it('exists under its slug with the same URL, tagline and features', () => {
        expect(data, `content/${kind}s/${slugify(entry.name)}.yaml`).toBeDefined();
        expect(data?.['name']).toBe(entry.name);
        expect(data?.['url']).toBe(entry.url);
        expect(data?.['description']).toBe(entry.description);
        expect(data?.['features']).toEqual(entry.features);
      });

      it('carries the badges the guide gives it', () => {
        for (const badge of entry.badges) {
          const { group, value } = badgeValue(badge);
          expect(data?.[group], badge).toBe(value);
        }
      });

      if (kind === 'tool') {
        it('sits in the section and subsection the guide puts it in', () => {
          const category = categories.get(String(data?.['category']));
          expect(category?.['name']).toBe(entry.section);
          const subcategories = category?.['subcategories'] as { id: string; name: string }[];
          const subcategory = subcategories.find((sub) => sub.id === data?.['subcategory']);
          expect(subcategory?.name).toBe(entry.subsection);
          expect(subcategory?.id).toBe(slugify(entry.subsection));
        });
      }
    });
  }
});
