import { describe, expect, it } from 'vitest';
import { asClause, asSentence, listOf } from '../../src/lib/prose.ts';

describe('prose', () => {
  it('lists names with commas and one conjunction', () => {
    expect(listOf([], 'and')).toBe('');
    expect(listOf(['A'], 'and')).toBe('A');
    expect(listOf(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });

  it('ends a tagline as a sentence with exactly one full stop', () => {
    expect(asSentence('Serves models')).toBe('Serves models.');
    expect(asSentence('Serves models.')).toBe('Serves models.');
    expect(asSentence('Serves models. ')).toBe('Serves models.');
    expect(asSentence('Is it fast?')).toBe('Is it fast?');
    expect(asSentence('Tracks runs (and more)')).toBe('Tracks runs (and more).');
  });

  it('drops the final full stop of a tagline inside a sentence, not an abbreviation’s', () => {
    expect(asClause('Serves models.')).toBe('Serves models');
    expect(asClause('Serves models')).toBe('Serves models');
    expect(asClause('Tracks runs, artifacts, etc.')).toBe('Tracks runs, artifacts, etc.');
    expect(asClause('Made by Acme Inc.')).toBe('Made by Acme Inc.');
    expect(asClause('Wait...')).toBe('Wait...');
  });
});
