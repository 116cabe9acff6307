import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readEntries } from '../../helpers/content.ts';
import { REPO_ROOT, siteOutDir } from '../../helpers/sites.ts';

const tools = readEntries('tools', join(REPO_ROOT, 'content'));
const categories = readEntries('categories', join(REPO_ROOT, 'content'));

/**
 * Invariants of the real guide's comparisons, true however it grows: a pre-rendered "X vs Y"
 * page only ever joins two tools that do the same job, and every recorded capability belongs to
 * a model its tool's categories declare.
 */
test('every pre-rendered comparison joins two tools of the same primary category', () => {
  const compareDir = join(siteOutDir('content'), 'compare');
  const pairs = existsSync(compareDir)
    ? readdirSync(compareDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name.includes('-vs-'))
        .map((entry) => entry.name)
    : [];
  const slugs = [...tools.keys()].sort((a, b) => b.length - a.length);
  for (const pair of pairs) {
    const first = slugs.find(
      (slug) => pair.startsWith(`${slug}-vs-`) && tools.has(pair.slice(slug.length + 4)),
    );
    expect(first, `${pair} names two tools of the guide`).toBeDefined();
    const second = pair.slice((first ?? '').length + 4);
    expect(tools.get(second)?.['category'], pair).toBe(tools.get(first ?? '')?.['category']);
  }
});

test('each category declares 15 capabilities at most, each defined, and tools keep to them', () => {
  for (const [id, category] of categories) {
    const model = (category['capabilities'] ?? []) as { id: string; definition: string }[];
    expect(model.length, id).toBeLessThanOrEqual(15);
    for (const capability of model)
      expect(capability.definition.length, `${id}: ${capability.id}`).toBeGreaterThan(0);
  }
});
