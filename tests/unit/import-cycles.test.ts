import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph } from '../../scripts/lib/import-graph.ts';

describe('import cycles', () => {
  it('are found, however long, and only where they are', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e2']],
      ['e2', ['e']],
      ['f', ['outside']],
    ]);
    expect(cyclesOf(graph)).toEqual([
      ['a', 'b', 'c'],
      ['e', 'e2'],
    ]);
  });

  it('are none in the site or the scripts: each rule module owns its types', () => {
    const graph = importGraph(process.cwd(), ['src', 'scripts']);
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/lib/content-rules/entries.ts')).toContain('src/lib/content-rules/context.ts');
    expect(cyclesOf(graph)).toEqual([]);
  });
});
