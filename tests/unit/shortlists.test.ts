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

describe('the tool that fits the question first, then the most adopted', () => {
  const listed = (count: number) => ({ lists: Array.from({ length: count }, (_, index) => index), of: 5 });
  const tool = (slug: string, extra: Record<string, unknown> = {}) => ({
    slug,
    name: slug,
    category: 'stores',
    subcategory: 'vectors',
    alsoIn: [] as { category: string; subcategory: string }[],
    license: 'open-source' as const,
    deployment: 'self-hosted' as const,
    integrates: [] as string[],
    ...extra,
  });
  const answer = (tools: ReturnType<typeof tool>[], question: Parameters<typeof answerQuestion>[1]) =>
    answerQuestion(tools, question, adoptionSignals(tools));

  it('puts a tool filed under the subcategory before a more adopted one only placed there as well', () => {
    const tools = [
      tool('feature-store', {
        category: 'features',
        subcategory: 'stores',
        alsoIn: [{ category: 'stores', subcategory: 'vectors' }],
        curatedLists: listed(5),
      }),
      tool('vector-db', { curatedLists: listed(2) }),
    ];
    const result = answer(tools, { id: 'q', title: 'Q', category: 'stores', subcategory: 'vectors' });
    expect(names(result.recommended)).toEqual(['vector-db', 'feature-store']);
    expect(result.pick?.tool.name).toBe('vector-db');
  });

  it('reads the badge values a question lists as its preference: "managed, both" asks for managed first', () => {
    const tools = [
      tool('hybrid', { deployment: 'both', curatedLists: listed(5) }),
      tool('service', { deployment: 'managed', curatedLists: listed(1) }),
      tool('self-run', { deployment: 'self-hosted', curatedLists: listed(5) }),
    ];
    const question = {
      id: 'q',
      title: 'Q',
      category: 'stores',
      deployment: ['managed' as const, 'both' as const],
    };
    expect(names(answer(tools, question).recommended)).toEqual(['service', 'hybrid']);
  });

  it('puts a tool only kept in maintenance after the active ones, and never names it as the start', () => {
    const kept = tool('kept', { status: 'maintenance', curatedLists: listed(5) });
    const tools = [kept, tool('live', { curatedLists: listed(1) })];
    const question = { id: 'q', title: 'Q', category: 'stores' };
    expect(names(answer(tools, question).recommended)).toEqual(['live', 'kept']);
    const alone = answer([kept], question);
    expect(names(alone.recommended)).toEqual(['kept']);
    expect(alone.pick).toBeUndefined();
  });

  it('puts the tools that record the capability the question names before their neighbours', () => {
    const tools = [
      tool('metrics', { subcategory: 'monitoring', curatedLists: listed(5) }),
      tool('drift', {
        subcategory: 'monitoring',
        capabilities: { drift: { value: 'yes' } },
        curatedLists: listed(1),
      }),
    ];
    const question = {
      id: 'q',
      title: 'Q',
      category: 'stores',
      subcategory: 'monitoring',
      answeredBy: [{ category: 'stores', capability: 'drift' }],
    };
    expect(names(answer(tools, question).recommended)).toEqual(['drift', 'metrics']);
  });

  it('finds a tool placed a second time in its own category under that second subcategory', () => {
    const tools = [
      tool('evaluator', {
        subcategory: 'evaluation',
        alsoIn: [{ category: 'stores', subcategory: 'red-teaming' }],
      }),
    ];
    const question = { id: 'q', title: 'Q', category: 'stores', subcategory: 'red-teaming' };
    expect(names(shortlist(tools, question))).toEqual(['evaluator']);
  });
});
