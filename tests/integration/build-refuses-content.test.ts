/**
 * The build and `npm run validate` agree on refused content, in the same words: a hostile file
 * stops `astro build` before anything is written, every problem of every file is listed as the
 * check lists it, and no stack trace or unrelated hint is printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO_ROOT } from '../../scripts/lib/build-site.ts';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

describe('content the check refuses', () => {
  let workDir = '';
  let contentDir = '';
  let outDir = '';
  let buildError = '';
  let validate = { status: 0 as number | null, stderr: '' };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'mlops-refused-'));
    contentDir = join(workDir, 'content');
    outDir = join(workDir, 'site', 'out');
    cpSync(join(REPO_ROOT, 'tests', 'fixtures', 'content'), contentDir, { recursive: true });
    const hostile = (name: string) => readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'hostile', name));
    writeFileSync(join(contentDir, 'tools', 'hostile-tool.yaml'), hostile('impossible-date.yaml'));
    // Redirects are read when Astro loads its configuration, before any hook runs.
    const bomb = hostile('alias-bomb.yaml').toString().split('\n').slice(0, 5).join('\n');
    writeFileSync(join(contentDir, 'redirects', 'old-tool.yaml'), `${bomb}\nname: Old\nreason: Gone.\n`);
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'validate.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    validate = { status: result.status, stderr: result.stderr };
    try {
      await buildSite({ contentDir, outDir, workDir: join(workDir, 'site'), ownRoot: true });
    } catch (error) {
      buildError = error instanceof Error ? error.message : String(error);
    }
  }, 120_000);
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const problemLines = (text: string) =>
    text
      .replace(ANSI, '')
      .split('\n')
      .map((line) => /— .* — .*$/.exec(line)?.[0])
      .filter((line): line is string => line !== undefined);

  it('fails validate, naming both files', () => {
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/hostile-tool\.yaml:\d+ — \(date\) — 2026-02-30 is not a date/);
    expect(validate.stderr).toMatch(/old-tool\.yaml:1 — \(yaml\) — YAML aliases/);
  });

  it('stops the build before anything is written, with the same problems in the same words', () => {
    expect(buildError).toMatch(/astro build failed \(exit 1\)/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(problemLines(buildError)).toEqual(problemLines(validate.stderr));
    expect(buildError).toMatch(/2 problem\(s\) in 2 file\(s\): the site was not built/);
  });

  it('prints no stack trace and no hint about integrations', () => {
    expect(buildError).not.toMatch(/Stack trace|\n\s+at |Location:|Hint:/);
  });
});
