import { describe, expect, it } from 'vitest';
import { adoptionReason, adoptionSignals, byAdoption } from '../../src/lib/adoption.ts';
import {
  answerQuestion,
  answeredQuestions,
  questionSearchQuery,
  questionsOf,
  shortlist,
} from '../../src/lib/shortlists.ts';

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
  it('keeps the category’s tools, placed ones included, that carry every badge asked for', () => {
    const question = {
      id: 'q',
      title: 'Q',
      category: 'serving',
      license: ['open-source' as const],
      difficulty: ['beginner' as const],
    };
    expect(names(shortlist(tools, question))).toEqual(['Server', 'Platform']);
  });

  it('narrows to a subcategory, where placed tools count under the subcategory they are placed in', () => {
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

  it('writes the same question as a search page query, and lists every category’s questions in order', () => {
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

  it('offers only questions with a tool to recommend, at most so many per category', () => {
    const questions = questionsOf([
      {
        id: 'serving',
        questions: [
          { id: 'servers', title: 'Servers', subcategory: 'servers' },
          {
            id: 'paid-engines',
            title: 'Paid engines',
            subcategory: 'engines',
            license: ['pay-per-use' as const],
          },
          { id: 'open', title: 'Open', license: ['open-source' as const] },
        ],
      },
      { id: 'labelling', questions: [{ id: 'any', title: 'Any labelling tool' }] },
    ]);
    const ids = (offered: readonly { category: string; id: string }[]) =>
      offered.map((question) => `${question.category}/${question.id}`);
    expect(ids(answeredQuestions(questions, tools))).toEqual(['serving/servers', 'serving/open']);
    expect(ids(answeredQuestions(questions, tools, 1))).toEqual(['serving/servers']);
    const ended = tools.map((tool) => ({ ...tool, status: 'discontinued' as const }));
    expect(answeredQuestions(questions, ended)).toEqual([]);
  });
});

describe('answers a beginner can trust', () => {
  const tool = (slug: string, extra: Record<string, unknown> = {}) => ({
    slug,
    name: slug.charAt(0).toUpperCase() + slug.slice(1),
    category: 'tracking',
    subcategory: 'trackers',
    alsoIn: [] as { category: string; subcategory: string }[],
    license: 'open-source' as const,
    integrates: [] as string[],
    ...extra,
  });
  const question = { id: 'q', title: 'Q', category: 'tracking', license: ['open-source' as const] };

  it('sets dormant and ended tools apart and opens with the most integrated, saying why', () => {
    const tools = [
      tool('aim', { status: 'dormant' as const }),
      tool('neptune', { status: 'discontinued' as const }),
      tool('small'),
      tool('mlflow'),
      tool('zenml', { category: 'platforms', integrates: ['mlflow', 'small'] }),
      tool('kubeflow', { category: 'platforms', integrates: ['mlflow'] }),
    ];
    const answer = answerQuestion(tools, question, adoptionSignals(tools));
    expect(names(answer.recommended)).toEqual(['Mlflow', 'Small']);
    expect(names(answer.notRecommended)).toEqual(['Aim', 'Neptune']);
    expect(answer.pick?.tool.name).toBe('Mlflow');
    expect(answer.pick?.reason).toBe('2 other tools in the guide document an integration with it.');
  });

  it('names no starting point when the directory records no adoption for any of them', () => {
    const tools = [tool('beta'), tool('alpha')];
    const answer = answerQuestion(tools, question, adoptionSignals(tools));
    expect(names(answer.recommended)).toEqual(['Alpha', 'Beta']);
    expect(answer.pick).toBeUndefined();
  });

  it('takes in tools of other categories that record a capability answering the question', () => {
    const tools = [
      tool('server', { category: 'serving' }),
      tool('platform', { category: 'platforms', capabilities: { serves: { value: 'yes' } } }),
      tool('partly', { category: 'platforms', capabilities: { serves: { value: 'partial' } } }),
      tool('elsewhere', { category: 'other', capabilities: { serves: { value: 'yes' } } }),
    ];
    const serving = {
      id: 'q',
      title: 'Q',
      category: 'serving',
      answeredBy: [{ category: 'platforms', capability: 'serves' }],
    };
    expect(names(shortlist(tools, serving))).toEqual(['Server', 'Platform']);
  });

  it('counts stars only once collected, and words the reason from the signals present', () => {
    const tools = [tool('a', { upstream: { stars: 1200 } }), tool('b', { upstream: { stars: null } })];
    const signals = adoptionSignals(tools);
    expect(signals.get('a')).toEqual({ integratedBy: 0, stars: 1200 });
    expect(signals.get('b')).toEqual({ integratedBy: 0 });
    expect(adoptionReason({ integratedBy: 1, stars: 1200 })).toBe(
      '1 other tool in the guide documents an integration with it; 1,200 stars on GitHub.',
    );
  });

  it('puts the tool in the most curated lists first, and says so', () => {
    const listed = (count: number) => ({ lists: Array.from({ length: count }, (_, index) => index), of: 5 });
    const tools = [
      tool('integrated', { integrates: [] }),
      tool('user-1', { integrates: ['integrated'] }),
      tool('listed', { curatedLists: listed(4) }),
      tool('unlisted', { curatedLists: listed(0) }),
    ];
    const signals = adoptionSignals(tools);
    expect(signals.get('listed')).toEqual({ integratedBy: 0, lists: { count: 4, of: 5 } });
    expect([...tools].sort(byAdoption(signals)).map((entry) => entry.slug)).toEqual([
      'listed',
      'integrated',
      'unlisted',
      'user-1',
    ]);
    expect(adoptionReason({ integratedBy: 2, lists: { count: 4, of: 5 } })).toBe(
      'In 4 of the 5 curated lists the guide reads; 2 other tools in the guide document an integration with it.',
    );
  });
});
