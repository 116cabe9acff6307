import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFloor } from '../../scripts/lib/astro-floor.ts';

const workDir = mkdtempSync(join(tmpdir(), 'mlops-floor-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it('the benchmark floor writes exactly the pages asked for, from a trivial template', async () => {
  const seconds = await buildFloor(5, workDir);
  expect(seconds).toBeGreaterThan(0);
  const dist = join(workDir, 'floor-bare', 'dist');
  const pages = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.html')));
  expect(pages.sort()).toEqual(['0', '1', '2', '3', '4']);
});

it("the floor with the site's Astro settings writes the same pages with their policy and a sitemap", async () => {
  await buildFloor(3, workDir, 'site');
  const dist = join(workDir, 'floor-site', 'dist');
  const pages = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.html')));
  expect(pages.sort()).toEqual(['0', '1', '2']);
  expect(readFileSync(join(dist, '0', 'index.html'), 'utf8')).toContain('content-security-policy');
  expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
});
