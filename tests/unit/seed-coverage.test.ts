import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { readEntries } from '../helpers/content.ts';
import { readSeed } from '../helpers/seed.ts';
import { REPO_ROOT } from '../helpers/sites.ts';

/**
 * Invariants of the real content that stay true as the guide grows or changes: every entry of the
 * original guide is still there, or its departure is recorded (renamed, merged or removed, with a
 * redirect), and the seven categories keep the ids of the URL contract.
 */
const CONTENT = join(REPO_ROOT, 'content');
const seed = readSeed();
const tools = readEntries('tools', CONTENT);
const resources = readEntries('resources', CONTENT);
const categories = readEntries('categories', CONTENT);
const redirected = (slug: string) => existsSync(join(CONTENT, 'redirects', `${slug}.yaml`));

describe('the original guide is carried over', () => {
  it('keeps the seven categories with the ids of the URL contract', () => {
    for (const id of [
      'ci-cd-for-ml',
      'feature-stores',
      'infrastructure-orchestration',
      'mlops-platforms',
      'model-serving',
      'model-versioning',
      'monitoring-observability',
    ])
      expect(categories.has(id), id).toBe(true);
  });

  it.each(seed)('$name is in the guide, or its rename or removal is recorded', (entry) => {
    const slug = slugify(entry.name);
    const collection = entry.category === 'Learning Resources' ? resources : tools;
    expect(
      collection.has(slug) || redirected(slug),
      `content/…/${slug}.yaml or content/redirects/${slug}.yaml`,
    ).toBe(true);
  });
});
