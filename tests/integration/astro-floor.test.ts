import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFloor } from '../../scripts/lib/astro-floor.ts';

const workDir = mkdtempSync(join(tmpdir(), 'mlops-floor-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it('the benchmark floor writes exactly the pages asked for, from a trivial template', async () => {
  const seconds = await buildFloor(5, workDir);
  expect(seconds).toBeGreaterThan(0);
  const dist = join(workDir, 'floor', 'dist');
  const pages = readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.html')));
  expect(pages.sort()).toEqual(['0', '1', '2', '3', '4']);
});
