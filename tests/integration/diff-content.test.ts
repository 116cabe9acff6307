/**
 * The scripts a pull request runs in CI, as CI runs them: `npm run diff:content` on a real git
 * repository (a temporary one holding a copy of the fixture content, with a commit as the base
 * and a pull request's changes on top), and `npm run validate` printing workflow commands on
 * GitHub Actions and plain lines elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/build-site.ts';

const FIXTURE_CONTENT = join(REPO_ROOT, 'tests', 'fixtures', 'content');

/** The environment of a contributor's machine: no CI variables, no content folder override. */
function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const ci = new Set(['CONTENT_DIR', 'GITHUB_ACTIONS', 'CI']);
  const kept = Object.entries(process.env).filter(([name]) => !ci.has(name));
  return { ...Object.fromEntries(kept), ...extra };
}

function runScript(script: string, args: readonly string[], cwd: string, env = localEnv()) {
  return spawnSync('node', [join(REPO_ROOT, 'scripts', script), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run diff:content', () => {
  let repo = '';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const tool = (slug: string) => join(repo, 'content', 'tools', `${slug}.yaml`);

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'mlops-diff-content-'));
    cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
    git('init', '--quiet', '--initial-branch=main');
    git('add', '.');
    git('commit', '--quiet', '-m', 'base');
    // The pull request: one tool added, another's license changed (committed on a branch),
    // and one tool removed without a redirect (left in the working tree, not committed).
    git('checkout', '--quiet', '-b', 'pull-request');
    writeFileSync(
      tool('seldon-core'),
      [
        'name: Seldon Core',
        'url: https://www.seldon.io/',
        'description: Deploys and monitors ML models on Kubernetes',
        'category: model-serving',
        'subcategory: inference-servers',
        'features:',
        '  - Canary rollouts',
        'added: 2026-12-01',
        '',
      ].join('\n'),
    );
    const metaflow = readFileSync(tool('metaflow'), 'utf8');
    writeFileSync(
      tool('metaflow'),
      metaflow.replace('license: open-source', 'license: commercial').replace('licenseId: Apache-2.0\n', ''),
    );
    git('add', '.');
    git('commit', '--quiet', '-m', 'pull request');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('prints what the pull request changes compared with a branch, in Markdown', () => {
    const result = runScript('diff-content.ts', ['--base', 'main'], repo);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const base = git('rev-parse', 'main').trim().slice(0, 12);
    expect(result.stdout).toContain(`Compared with \`main (${base})\`: **1 tool added, 1 tool changed.**`);
    expect(result.stdout).toContain('- **Seldon Core** (`content/tools/seldon-core.yaml`), a tool');
    expect(result.stdout).toContain('  - `license`: `open-source` → `commercial`');
    expect(result.stdout).toContain('license moves away from open source');
    expect(result.stdout).toContain('✅ No problems in');
  });

  it('compares the working tree, uncommitted changes included, and writes --output', () => {
    unlinkSync(tool('zenml'));
    try {
      const output = join(repo, 'out', 'summary.md');
      const result = runScript('diff-content.ts', ['--base', 'main', '--output', output], repo);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const markdown = readFileSync(output, 'utf8');
      expect(markdown).toContain('**1 tool added, 1 tool removed, 1 tool changed.**');
      expect(markdown).toContain('- **ZenML** (`content/tools/zenml.yaml`), with no redirect');
      expect(markdown).toContain('removed without a redirect');
    } finally {
      git('checkout', '--quiet', '--', 'content/tools/zenml.yaml');
    }
  });

  it('finds nothing to say when compared with the commit it runs on', () => {
    const result = runScript('diff-content.ts', ['--base', 'HEAD'], repo);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('**no tool or resource added, removed, renamed or changed.**');
  });

  it('refuses an unknown ref, a missing --base and a ref that git would read as an option', () => {
    const unknown = runScript('diff-content.ts', ['--base', 'no-such-branch'], repo);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/git knows no commit "no-such-branch"/);
    const missing = runScript('diff-content.ts', [], repo);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--base is required/);
    const option = runScript('diff-content.ts', ['--base=--output=/tmp/x'], repo);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/is not a git ref/);
  });
});

describe('npm run validate', () => {
  let content = '';
  beforeAll(() => {
    content = mkdtempSync(join(tmpdir(), 'mlops-validate-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const path = join(content, 'tools', 'metaflow.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('license: open-source', 'license: gratis'));
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('prints each problem as an error annotation on its line on GitHub Actions', () => {
    const result = runScript(
      'validate.ts',
      [],
      REPO_ROOT,
      localEnv({ CONTENT_DIR: content, GITHUB_ACTIONS: 'true' }),
    );
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error file=[^,:]*tools\/metaflow\.yaml,line=\d+,title=Content check%3A license::"gratis" is not allowed/,
    );
    // The readable lines are still there for the log.
    expect(result.stderr).toMatch(/metaflow\.yaml:\d+ — license — "gratis" is not allowed/);
  });

  it('prints the same readable lines and no workflow commands elsewhere', () => {
    const result = runScript('validate.ts', [], REPO_ROOT, localEnv({ CONTENT_DIR: content }));
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('::');
    expect(result.stderr).toMatch(/metaflow\.yaml:\d+ — license — "gratis" is not allowed/);
    expect(result.stderr).toMatch(/1 problem\(s\) in 1 file\(s\)\./);
  });
});
