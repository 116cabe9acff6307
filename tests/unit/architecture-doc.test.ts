import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../scripts/lib/lint/layers.ts';

/** The architecture tour stays true: every path it names exists. */
describe('ARCHITECTURE.md', () => {
  const tour = readFileSync('ARCHITECTURE.md', 'utf8');
  const paths = [...tour.matchAll(/`((?:src|scripts|tests|content)\/[^`\s<>*]*?)`/g)]
    .map((match) => (match[1] ?? '').replace(/\/$/, ''))
    .filter((path) => !path.includes('<'));

  it('names paths of the repository, every one of which exists', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('names every path of every layer, and every job folder of scripts/lib', () => {
    const named = new Set(paths);
    const layerPaths = LAYERS.flatMap((layer) => layer.paths).filter((path) => path !== 'scripts');
    const jobs = readdirSync('scripts/lib', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `scripts/lib/${entry.name}`);
    expect([...layerPaths, ...jobs].filter((path) => !named.has(path))).toEqual([]);
  });

  it('is linked from the README and CONTRIBUTING', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md'])
      expect(readFileSync(file, 'utf8'), file).toContain('(ARCHITECTURE.md)');
  });
});
