import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { comparableName } from '../../../src/lib/search.ts';
import { isUnmaintainedStatus } from '../../../src/vocabulary-core.ts';
import { readEntries } from '../../helpers/content.ts';
import { browserPagefind, searchTitles } from '../../helpers/site-search.ts';
import { REPO_ROOT } from '../../helpers/sites.ts';

const content = join(REPO_ROOT, 'content');
const tools = [...readEntries('tools', content).values()];
const categories = readEntries('categories', content);

const namesOf = (tool: Record<string, unknown>) => [
  String(tool['name']),
  ...((tool['aliases'] as string[] | undefined) ?? []),
];
const isLiving = (tool: Record<string, unknown>) =>
  !isUnmaintainedStatus(String(tool['status'] ?? 'active'));

/**
 * Invariants of search over the real guide, true however it grows: searching for a tool's name or
 * any of its aliases lists that tool first (after any other tool that bears the very same name),
 * and searching for a subcategory's name never puts an unmaintained tool first while a living tool
 * does that job. The queries run through the site's own search code against the built index.
 */
test.describe.configure({ timeout: 300_000 });

test('each tool’s name and each alias finds that tool first', async ({ page }) => {
  await page.goto('./');
  const pagefind = browserPagefind(page);
  const failures: string[] = [];
  for (const tool of tools) {
    for (const name of namesOf(tool)) {
      // Every tool that bears this exact name or alias, which rightly share the first places.
      const bearers = tools
        .filter((other) => namesOf(other).some((other) => comparableName(other) === comparableName(name)))
        .map((other) => String(other['name']));
      const first = (await searchTitles(pagefind, name)).slice(0, bearers.length);
      if (!first.includes(String(tool['name'])))
        failures.push(`"${name}" → ${first.join(', ') || '(nothing)'}, not ${String(tool['name'])}`);
    }
  }
  expect(failures).toEqual([]);
});

test('no unmaintained tool ranks first for a subcategory’s own name', async ({ page }) => {
  await page.goto('./');
  const pagefind = browserPagefind(page);
  const failures: string[] = [];
  for (const [id, category] of categories) {
    for (const subcategory of (category['subcategories'] ?? []) as { id: string; name: string }[]) {
      const doers = tools.filter((tool) => tool['category'] === id && tool['subcategory'] === subcategory.id);
      if (!doers.some(isLiving)) continue;
      const [first] = await searchTitles(pagefind, subcategory.name);
      const tool = tools.find((candidate) => candidate['name'] === first);
      // A tool whose own name or alias is the subcategory's name is the one asked for.
      const named =
        tool && namesOf(tool).some((name) => comparableName(name) === comparableName(subcategory.name));
      if (tool && !isLiving(tool) && !named)
        failures.push(`"${subcategory.name}" → ${first ?? ''} (${String(tool['status'])})`);
    }
  }
  expect(failures).toEqual([]);
});
