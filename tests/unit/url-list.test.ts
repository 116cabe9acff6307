import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/dates.ts';
import { readAllowed, readList, readableQuery, writeList } from '../../src/lib/url-list.ts';

describe('list-valued URL parameters', () => {
  it('reads commas and repeats alike, trimmed, without empty items', () => {
    const params = new URLSearchParams('tools=mlflow,, kubeflow&tools=feast');
    expect(readList(params, 'tools')).toEqual(['mlflow', 'kubeflow', 'feast']);
    expect(readList(new URLSearchParams(''), 'tools')).toEqual([]);
  });

  it('keeps only allowed values, in their canonical order, whatever the case', () => {
    const params = new URLSearchParams('license=Freemium,open-source,gratis');
    expect(readAllowed(params, 'license', ['open-source', 'free', 'freemium'])).toEqual([
      'open-source',
      'freemium',
    ]);
  });

  it('writes readable commas and nothing for an empty list', () => {
    expect(writeList('license', ['open-source', 'free'])).toBe('license=open-source,free');
    expect(writeList('license', [])).toBe('');
    expect(readableQuery(new URLSearchParams({ q: 'a b', tools: 'x,y' }))).toBe('q=a+b&tools=x,y');
  });
});

describe('dates', () => {
  it('are written as YYYY-MM-DD in UTC', () => {
    expect(isoDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
  });
});
