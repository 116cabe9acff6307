import { describe, expect, it } from 'vitest';
import { memoized, pushTo } from '../../src/lib/maps.ts';

describe('map helpers', () => {
  it('pushTo groups values under their key, in order', () => {
    const groups = new Map<string, number[]>();
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ] as const)
      pushTo(groups, key, value);
    expect([...groups]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });

  it('memoized computes once per owner and key, also a result that is undefined or false', () => {
    const cache = new WeakMap<object, Map<string, unknown>>();
    const first = {};
    const second = {};
    let calls = 0;
    const count = (value: unknown) => () => {
      calls++;
      return value;
    };
    expect(memoized(cache, first, 'x', count(false))).toBe(false);
    expect(memoized(cache, first, 'x', count(true))).toBe(false);
    expect(memoized(cache, first, 'y', count(undefined))).toBeUndefined();
    expect(memoized(cache, first, 'y', count(1))).toBeUndefined();
    expect(memoized(cache, second, 'x', count(2))).toBe(2);
    expect(calls).toBe(3);
  });

  it('memoized keys by an object by identity, not by its contents', () => {
    const cache = new WeakMap<object, Map<readonly string[], string>>();
    const owner = {};
    const groups = ['license'];
    const sameContents = ['license'];
    expect(memoized(cache, owner, groups, () => 'first')).toBe('first');
    expect(memoized(cache, owner, groups, () => 'again')).toBe('first');
    expect(memoized(cache, owner, sameContents, () => 'other list')).toBe('other list');
  });
});
