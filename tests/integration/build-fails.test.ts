import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Builds (or validates) the site from a copy of the content with some files broken. */
describe('bad content fails the build with every problem listed', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'mlops-bad-content-'));
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'tools', 'mlflow.yaml'), 'name: MLflow\nurl: javascript:alert(1)\n');
  writeFileSync(join(contentDir, 'tools', 'empty.yaml'), '');
  writeFileSync(
    join(contentDir, 'tools', 'feast.yaml'),
    'name: Feast\nurl: https://feast.dev/\ndescription: Feature store\ncategory: nowhere\nsubcategory: x\nfeatures: [a]\nadded: 2025-06-19\n',
  );
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  const env = { ...process.env, CONTENT_DIR: contentDir };
  const expectedLines = [
    /tools\/empty\.yaml:1 — \(file\) — file is empty/,
    /tools\/feast\.yaml:4 — category — unknown category "nowhere"/,
    /tools\/mlflow\.yaml:2 — url — "javascript:alert\(1\)" is not allowed/,
    /tools\/mlflow\.yaml:1 — description — is required/,
  ];

  it('npm run validate exits 1 and lists all problems', () => {
    const result = spawnSync('node', ['scripts/validate.ts'], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    for (const line of expectedLines) expect(result.stderr).toMatch(line);
  });

  it('astro build stops before writing pages, with the same report', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'mlops-bad-dist-'));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env, encoding: 'utf8' });
    rmSync(outDir, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    for (const line of expectedLines) expect(output).toMatch(line);
  });
});
