import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../scripts/lib/coverage/report.ts';
import { landscapeEntries, markdownListEntries } from '../../scripts/lib/coverage/parse.ts';
import { mergeLists } from '../../scripts/lib/coverage/snapshot.ts';
import { readListSnapshot } from '../../src/lib/curated-lists-read.ts';
import {
  listAdoptionOf,
  listAdoptionSummary,
  identityKeys,
  listedRecords,
  type CuratedList,
  type ListSnapshot,
} from '../../src/lib/curated-lists.ts';

const fail = (): never => {
  throw new Error('expected a value');
};
const list = (id: string): CuratedList => ({
  id,
  name: `List ${id}`,
  url: `https://example.org/${id}`,
  date: '2026-10-01',
});
const tool = (name: string, url: string, repo?: string) => ({ name, url, ...(repo ? { repo } : {}) });

describe('reading curated lists', () => {
  it('takes the first link of each bullet and table row, nothing else', () => {
    const markdown = [
      '# Awesome list',
      '- [Contents](#contents)',
      '* [MLflow](https://github.com/mlflow/mlflow) ![](https://img.shields.io/x.svg) - tracking',
      '+ [**Feast**](https://feast.dev/) - features, see [docs](https://docs.feast.dev/)',
      '| [KServe](https://github.com/kserve/kserve) | serving | ![badge](https://img.shields.io/y.svg) |',
      'Prose with [a link](https://example.org/) is not an entry.',
      '* Plain bullet without a link',
    ].join('\n');
    expect(markdownListEntries(markdown)).toEqual([
      tool('MLflow', 'https://github.com/mlflow/mlflow'),
      tool('Feast', 'https://feast.dev/'),
      tool('KServe', 'https://github.com/kserve/kserve'),
    ]);
  });

  it('reads the items of a landscape, of the categories asked for', () => {
    const yaml = [
      'landscape:',
      '  - category:',
      '    name: Inference',
      '    subcategories:',
      '      - subcategory:',
      '        name: Serving',
      '        items:',
      '          - item:',
      '            name: KServe',
      '            homepage_url: https://kserve.github.io/',
      '            repo_url: https://github.com/kserve/kserve',
      '          - item:',
      '            name: No address',
      '  - category:',
      '    name: Runtime',
      '    subcategories:',
      '      - subcategory:',
      '        items:',
      '          - item:',
      '            name: containerd',
      '            homepage_url: https://containerd.io/',
    ].join('\n');
    expect(landscapeEntries(yaml, ['Inference'])).toEqual([
      tool('KServe', 'https://kserve.github.io/', 'https://github.com/kserve/kserve'),
    ]);
    expect(landscapeEntries(yaml).map((entry) => entry.name)).toEqual(['KServe', 'containerd']);
    expect(() => landscapeEntries('items: []')).toThrow(/not a landscape/);
  });

  it('merges the lists into one record per tool, by repository, address or name', () => {
    const snapshot = mergeLists(
      [
        {
          list: list('a'),
          entries: [tool('MLflow', 'https://github.com/mlflow/mlflow/'), tool('Feast', 'https://feast.dev')],
        },
        {
          list: list('b'),
          entries: [
            tool('mlflow', 'https://mlflow.org/', 'https://github.com/MLflow/mlflow'),
            tool('FEAST', 'https://www.feast.dev/'),
          ],
        },
      ],
      '2026-11-01',
    );
    expect(snapshot.tools.map((entry) => [entry.name, entry.lists])).toEqual([
      ['Feast', ['a', 'b']],
      ['MLflow', ['a', 'b']],
    ]);
  });
});

describe('a tool’s adoption', () => {
  const snapshot: ListSnapshot = {
    date: '2026-11-01',
    lists: [list('a'), list('b'), list('c')],
    tools: [
      { ...tool('ClearML', 'https://github.com/allegroai/clearml'), lists: ['a', 'b'] },
      { ...tool('Feast', 'https://feast.dev/'), lists: ['a'] },
      { ...tool('Ray', 'https://github.com/someone-else/ray-fork'), lists: ['a', 'b', 'c'] },
      { ...tool('Seldon', 'https://www.seldon.io'), lists: ['c'] },
    ],
  };
  const directory = new Map([
    ['clearml', tool('ClearML', 'https://clear.ml/', 'https://github.com/clearml/clearml')],
    ['feast', tool('Feast', 'https://docs.feast.dev/', 'https://github.com/feast-dev/feast')],
    ['ray', tool('Ray', 'https://www.ray.io/', 'https://github.com/ray-project/ray')],
    ['seldon-core', tool('Seldon Core', 'https://seldon.io/', 'https://github.com/SeldonIO/seldon-core')],
    ['unlisted', tool('Unlisted', 'https://unlisted.example/')],
  ]);

  it('matches by repository or address; by name only where that cannot mislead', () => {
    const matched = listedRecords(directory, snapshot.tools);
    // ClearML moved organisations: same name, same repository name.
    expect(matched.get('clearml')?.name).toBe('ClearML');
    // The list records no repository for Feast: the name decides.
    expect(matched.get('feast')?.name).toBe('Feast');
    // Same name, another project's repository: not the same tool.
    expect(matched.has('ray')).toBe(false);
    // The same address, www. and trailing slash aside.
    expect(matched.get('seldon-core')?.name).toBe('Seldon');
    expect(matched.has('unlisted')).toBe(false);
  });

  it('counts the lists, and says "none" as a fact of the snapshot', () => {
    const adoption = listAdoptionOf(directory, snapshot);
    expect(adoption.get('clearml')?.lists.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(listAdoptionSummary(adoption.get('clearml') ?? fail())).toBe(
      'In 2 of 3 curated lists (snapshot of 2026-11-01)',
    );
    expect(listAdoptionSummary(adoption.get('unlisted') ?? fail())).toBe(
      'In none of the 3 curated lists the guide reads (snapshot of 2026-11-01)',
    );
  });

  it('keys a GitHub address by its repository, any other by host and path', () => {
    expect(identityKeys(tool('X', 'https://github.com/Org/Repo/tree/main/docs'))).toEqual({
      repo: 'github:org/repo',
      web: [],
      name: 'name:x',
    });
    expect(identityKeys(tool('W&B', 'https://www.wandb.ai/site/?ref=x'))).toEqual({
      web: ['web:wandb.ai/site'],
      name: 'name:wb',
    });
  });

  it('reads the fixture snapshot, schema-checked', () => {
    expect(readListSnapshot('tests/fixtures/content')?.lists.map((entry) => entry.id)).toEqual([
      'list-a',
      'list-b',
    ]);
    expect(readListSnapshot('tests/fixtures/no-such-folder')).toBeUndefined();
  });
});

describe('coverage of the lists’ consensus', () => {
  const snapshot: ListSnapshot = {
    date: '2026-11-01',
    lists: [list('a'), list('b'), list('c')],
    tools: [
      { ...tool('MLflow', 'https://github.com/mlflow/mlflow'), lists: ['a', 'b', 'c'] },
      { ...tool('PyTorch', 'https://github.com/pytorch/pytorch'), lists: ['a', 'b', 'c'] },
      { ...tool('Optuna', 'https://github.com/optuna/optuna'), lists: ['a', 'b'] },
      { ...tool('Katib', 'https://github.com/kubeflow/katib'), lists: ['a', 'b', 'c'] },
      { ...tool('Feast', 'https://github.com/feast-dev/feast'), lists: ['a'] },
    ],
  };
  const directory = new Map([
    ['mlflow', tool('MLflow', 'https://mlflow.org/', 'https://github.com/mlflow/mlflow')],
  ]);
  const rejected = [{ name: 'PyTorch', reason: 'out-of-scope' as const, note: 'A modelling framework.' }];

  it('measures what the directory lists of the consensus inside its scope', () => {
    const report = coverageReport(directory, snapshot, rejected, 3);
    expect(report.covered.map((entry) => entry.name)).toEqual(['MLflow']);
    expect(report.missing.map((entry) => entry.name)).toEqual(['Katib']);
    expect(report.rejected.map((entry) => entry.name)).toEqual(['PyTorch']);
    expect(report.coverage).toBe(0.5);
    expect(coverageReport(directory, snapshot, rejected, 2).missing.map((entry) => entry.name)).toEqual([
      'Katib',
      'Optuna',
    ]);
  });
});
