import { describe, expect, it } from 'vitest';
import { asClause, asSentence, listOf } from '../../src/lib/prose.ts';

describe('prose', () => {
  it('lists names with commas and one conjunction', () => {
    expect(listOf([], 'and')).toBe('');
    expect(listOf(['A'], 'and')).toBe('A');
    expect(listOf(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });

  it.each([
    ['Serves models', 'Serves models.'],
    ['Serves models.', 'Serves models.'],
    ['Serves models. ', 'Serves models.'],
    ['Is it fast?', 'Is it fast?'],
    ['Tracks runs (and more)', 'Tracks runs (and more).'],
  ])('ends the tagline %j as a sentence with exactly one full stop', (tagline, sentence) => {
    expect(asSentence(tagline)).toBe(sentence);
  });

  it.each([
    ['Serves models.', 'Serves models'],
    ['Serves models', 'Serves models'],
    ['Tracks runs, artifacts, etc.', 'Tracks runs, artifacts, etc.'],
    ['Made by Acme Inc.', 'Made by Acme Inc.'],
    ['Wait...', 'Wait...'],
  ])('drops the final full stop of %j inside a sentence, not an abbreviation’s', (tagline, clause) => {
    expect(asClause(tagline)).toBe(clause);
  });
});
