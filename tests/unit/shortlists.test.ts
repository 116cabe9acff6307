import { describe, expect, it } from 'vitest';
import { questionSearchQuery, questionsOf, shortlist } from '../../src/lib/shortlists.ts';

const tools = [
  {
    name: 'Server',
    category: 'serving',
    subcategory: 'servers',
    alsoIn: [],
    license: 'open-source',
    difficulty: 'beginner',
  },
  {
    name: 'Engine',
    category: 'serving',
    subcategory: 'engines',
    alsoIn: [],
    license: 'open-source',
    difficulty: 'advanced',
  },
  { name: 'Cloud', category: 'serving', subcategory: 'servers', alsoIn: [], license: 'pay-per-use' },
  {
    name: 'Platform',
    category: 'platforms',
    subcategory: 'end-to-end',
    alsoIn: [{ category: 'serving', subcategory: 'servers' }],
    license: 'open-source',
    difficulty: 'beginner',
  },
  { name: 'Tracker', category: 'platforms', subcategory: 'tracking', alsoIn: [], license: 'open-source' },
] as const;

const names = (list: readonly { name: string }[]) => list.map((tool) => tool.name);

describe('shortlists of common questions', () => {
  it('keeps the section’s tools, placed ones included, that carry every badge asked for', () => {
    const question = {
      id: 'q',
      title: 'Q',
      category: 'serving',
      license: ['open-source' as const],
      difficulty: ['beginner' as const],
    };
    expect(names(shortlist(tools, question))).toEqual(['Server', 'Platform']);
  });

  it('narrows to a subsection, where placed tools count under the subsection they are placed in', () => {
    const question = { id: 'q', title: 'Q', category: 'serving', subcategory: 'servers' };
    expect(names(shortlist(tools, question))).toEqual(['Server', 'Cloud', 'Platform']);
  });

  it('treats several values of one badge as alternatives, and a missing rating as not matching', () => {
    const question = {
      id: 'q',
      title: 'Q',
      category: 'serving',
      difficulty: ['beginner' as const, 'advanced' as const],
    };
    expect(names(shortlist(tools, question))).toEqual(['Server', 'Engine', 'Platform']);
  });

  it('writes the same question as a search page query, and lists every section’s questions in order', () => {
    const question = {
      id: 'q',
      title: 'Q',
      category: 'serving',
      license: ['open-source' as const, 'free' as const],
    };
    expect(questionSearchQuery(question)).toBe('kind=tool&category=serving&license=open-source,free');
    expect(
      questionsOf([
        { id: 'a', questions: [{ id: 'one', title: 'One' }] },
        { id: 'b', questions: [{ id: 'two', title: 'Two' }] },
      ]).map((item) => `${item.category}/${item.id}`),
    ).toEqual(['a/one', 'b/two']);
  });
});
