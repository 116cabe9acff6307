import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-check.ts';

/** `npm run new-tool` as a contributor runs it, outside a terminal, on a copy of the fixture. */
describe('npm run new-tool', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'mlops-new-tool-'));
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync('node', ['scripts/new-entry.ts', 'tool', ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const flags = ['--name', 'Seldon Core', '--url', 'https://www.seldon.io/', '--category', 'model-serving'];
  const more = ['--subcategory', 'inference-servers', '--description', 'Deploy ML models on Kubernetes'];

  it('creates the file from flags, and the content stays valid', () => {
    const result = run(...flags, ...more, '--feature', 'Canary rollouts', '--feature', 'A/B tests');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = join(contentDir, 'tools', 'seldon-core.yaml');
    expect(existsSync(path)).toBe(true);
    expect(parse(readFileSync(path, 'utf8'))).toMatchObject({ features: ['Canary rollouts', 'A/B tests'] });
    expect(checkContent(readContentFiles(contentDir))).toEqual([]);
  });

  it('refuses a duplicate and explains why', () => {
    const result = run(...flags, ...more, '--feature', 'Again');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/seldon-core\.yaml already exists/);
  });

  it('asks for nothing outside a terminal, and names the missing flag', () => {
    const result = run('--name', 'Lonely');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--url is required/);
  });

  const ray = [
    '--name',
    'Ray Serve',
    '--url',
    'https://docs.ray.io/en/latest/serve/',
    '--category',
    'model-serving',
    ...['--subcategory', 'inference-servers', '--description', 'Scalable model serving on Ray'],
    ...['--feature', 'Model composition', '--license', 'open-source'],
  ];
  const license = [
    '--license-id',
    'Apache-2.0',
    '--source',
    'https://github.com/ray-project/ray/blob/master/LICENSE',
  ];

  it('writes an open-source tool with its license id, sources, deployment, status and repo', () => {
    const result = run(
      ...ray,
      ...license,
      ...['--source', 'https://docs.ray.io/en/latest/serve/index.html', '--deployment', 'both'],
      ...['--status', 'active', '--repo', 'https://github.com/ray-project/ray'],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(parse(readFileSync(join(contentDir, 'tools', 'ray-serve.yaml'), 'utf8'))).toMatchObject({
      license: 'open-source',
      licenseId: 'Apache-2.0',
      deployment: 'both',
      status: 'active',
      repo: 'https://github.com/ray-project/ray',
      sources: [
        'https://github.com/ray-project/ray/blob/master/LICENSE',
        'https://docs.ray.io/en/latest/serve/index.html',
      ],
    });
    expect(checkContent(readContentFiles(contentDir))).toEqual([]);
  });

  it('asks for the license id of an open-source tool, and refuses one without a source', () => {
    const withoutId = run(...ray.map((arg) => arg.replace('Ray Serve', 'Ray Serve Two')));
    expect(withoutId.status).toBe(2);
    expect(withoutId.stderr).toMatch(/--license-id is required/);
    const withoutSource = run(
      ...ray.map((arg) => arg.replace('Ray Serve', 'Ray Serve Two')),
      '--license-id',
      'Apache-2.0',
    );
    expect(withoutSource.status).toBe(1);
    expect(withoutSource.stderr).toMatch(/sources — a license is claimed without a source/);
    expect(withoutSource.stderr).toMatch(/sources --source/);
    expect(existsSync(join(contentDir, 'tools', 'ray-serve-two.yaml'))).toBe(false);
  });

  it('refuses tool-only flags for a resource', () => {
    const result = spawnSync(
      'node',
      ['scripts/new-entry.ts', 'resource', '--name', 'X', '--license-id', 'MIT'],
      {
        env: { ...process.env, CONTENT_DIR: contentDir },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--license-id: only for a tool/);
  });
});
