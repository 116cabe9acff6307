import { describe, expect, it } from 'vitest';
import {
  badgesOf,
  compareNames,
  countByCategory,
  groupBySubcategory,
  relatedEntries,
  statusWarning,
} from '../../src/lib/entries.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { slugify } from '../../src/lib/slug.ts';
import { closestMatch, editDistance } from '../../src/lib/suggest.ts';
import { displayHost, normalizeUrlForComparison } from '../../src/lib/url.ts';

describe('slugify', () => {
  it.each([
    ['Weights & Biases', 'weights-biases'],
    ['DVC (Data Version Control)', 'dvc'],
    ['Neptune.ai', 'neptune-ai'],
    ['GitLab CI/CD', 'gitlab-ci-cd'],
    ['  Café  Crème ', 'cafe-creme'],
    ['CI/CD for ML', 'ci-cd-for-ml'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('normalizeUrlForComparison', () => {
  it('treats case, www., trailing slashes, query and fragment as the same page', () => {
    expect(normalizeUrlForComparison('https://WWW.MLflow.org/docs/?a=1#x')).toBe(
      normalizeUrlForComparison('https://mlflow.org/docs'),
    );
  });

  it('keeps different paths apart', () => {
    expect(normalizeUrlForComparison('https://mlflow.org/')).not.toBe(
      normalizeUrlForComparison('https://mlflow.org/docs/latest/model-registry.html'),
    );
  });

  it('shows a bare host', () => {
    expect(displayHost('https://www.prefect.io/')).toBe('prefect.io');
  });
});

describe('closestMatch', () => {
  it('suggests a likely typo and nothing for an unrelated word', () => {
    expect(editDistance('licence', 'license')).toBe(1);
    expect(closestMatch('licence', ['license', 'difficulty'])).toBe('license');
    expect(closestMatch('banana', ['license', 'difficulty'])).toBeUndefined();
  });
});

describe('createRoutes', () => {
  it('builds the public URL layout at the domain root', () => {
    const routes = createRoutes('/');
    expect(routes.home).toBe('/');
    expect(routes.tool('mlflow')).toBe('/tools/mlflow/');
    expect(routes.category('model-serving')).toBe('/categories/model-serving/');
    expect(routes.guide('common-pitfalls')).toBe('/guides/common-pitfalls/');
  });

  it('prefixes every URL with a base path, with or without its trailing slash', () => {
    for (const base of ['/mlops-guide', '/mlops-guide/']) {
      const routes = createRoutes(base);
      expect(routes.home).toBe('/mlops-guide/');
      expect(routes.tools).toBe('/mlops-guide/tools/');
      expect(routes.asset('/favicon.svg')).toBe('/mlops-guide/favicon.svg');
    }
  });
});

describe('entries', () => {
  const tools = [
    { name: 'zenml', category: 'platforms', subcategory: 'open' },
    { name: 'MLflow', category: 'platforms', subcategory: 'open' },
    { name: 'Comet ML', category: 'platforms', subcategory: 'commercial' },
    { name: 'Feast', category: 'stores', subcategory: 'open' },
  ];

  it('groups by subcategory in the category order, A to Z inside, empty groups left out', () => {
    const groups = groupBySubcategory(
      [
        { id: 'commercial', name: 'Commercial' },
        { id: 'empty', name: 'Empty' },
        { id: 'open', name: 'Open' },
      ],
      tools.filter((tool) => tool.category === 'platforms'),
    );
    expect(groups.map((group) => [group.id, group.entries.map((tool) => tool.name)])).toEqual([
      ['commercial', ['Comet ML']],
      ['open', ['MLflow', 'zenml']],
    ]);
  });

  it('counts by category', () => {
    expect(Object.fromEntries(countByCategory(tools))).toEqual({ platforms: 3, stores: 1 });
  });

  it('finds related entries of the same subcategory only, without the entry itself', () => {
    const [zenml] = tools;
    expect(zenml && relatedEntries(zenml, tools).map((tool) => tool.name)).toEqual(['MLflow']);
  });

  it('in a large subcategory, relates each entry to the ones after it by name, wrapping round', () => {
    const group = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((name) => ({
      name,
      category: 'c',
      subcategory: 's',
    }));
    const names = (name: string, limit: number) => {
      const entry = group.find((candidate) => candidate.name === name);
      return entry ? relatedEntries(entry, group, limit).map((other) => other.name) : [];
    };
    expect(names('A', 3)).toEqual(['B', 'C', 'D']);
    expect(names('G', 3)).toEqual(['A', 'B', 'H']);
    expect(names('D', 10)).toEqual(['A', 'B', 'C', 'E', 'F', 'G', 'H']);
    // Given its position in its subcategory's list, the same neighbours without a search.
    for (const [position, entry] of group.entries())
      expect(relatedEntries(entry, group, 3, position)).toEqual(relatedEntries(entry, group, 3));
    // A copy of an entry (not the same object) still never relates to itself.
    expect(
      relatedEntries({ name: 'C', category: 'c', subcategory: 's' }, group, 3).map((o) => o.name),
    ).toEqual(['A', 'B', 'D']);
  });

  it('warns only about tools that are maintained at most or archived', () => {
    expect(statusWarning('maintenance')?.label).toBe('Maintenance only');
    expect(statusWarning('archived')?.label).toBe('Archived');
    expect(statusWarning('active')).toBeUndefined();
    expect(statusWarning(undefined)).toBeUndefined();
  });

  it('sorts names case-insensitively', () => {
    expect(
      ['b', 'A', 'c']
        .map((name) => ({ name }))
        .sort(compareNames)
        .map((entry) => entry.name),
    ).toEqual(['A', 'b', 'c']);
  });

  it('describes both badges, saying "not rated" where a value is missing', () => {
    expect(badgesOf({ license: 'freemium' }).map((badge) => [badge.group, badge.value, badge.label])).toEqual(
      [
        ['license', 'freemium', 'Freemium'],
        ['difficulty', undefined, 'Difficulty not rated'],
      ],
    );
  });
});
