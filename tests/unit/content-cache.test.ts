import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The `cacheDir` of the site's Astro configuration when it builds from `contentDir`. */
function cacheDirFor(contentDir?: string): string {
  const env = { ...process.env };
  delete env['CONTENT_DIR'];
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { default: c } = await import('./astro.config.mjs'); console.log(c.cacheDir);",
    ],
    { cwd: ROOT, env: contentDir ? { ...env, CONTENT_DIR: contentDir } : env, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim().split('\n').at(-1) ?? '';
}

describe("Astro's content cache", () => {
  it('is one per content folder, so a build of other content never leaves the site pointing into it', () => {
    const site = cacheDirFor();
    expect(cacheDirFor('./content')).toBe(site);
    expect(cacheDirFor(join(ROOT, 'content'))).toBe(site);
    const fixture = cacheDirFor(join(ROOT, 'tests', 'fixtures', 'content'));
    expect(fixture).not.toBe(site);
    expect(fixture).toMatch(/^\.\/node_modules\/\.astro\//);
  });
});
