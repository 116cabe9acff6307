import { describe, expect, it } from 'vitest';
import { checklistMentions, checklistToolSlugs } from '../../src/lib/checklist-tools.ts';
import { aliasesOf, metaList, readMetaList } from '../../src/lib/search.ts';
import { bestExcerpt, markTerms, queryTerms, sentencesOf } from '../../src/lib/search-excerpt.ts';
import {
  RANK_META,
  RANK_WINDOW,
  asksForJob,
  jobMatch,
  jobWeight,
  rankResults,
  rankWindowSize,
  searchStanding,
} from '../../src/lib/search-rank.ts';

interface Options {
  aliases?: string[];
  status?: string;
  jobs?: string[];
  standing?: number;
  score?: number;
}

const tool = (
  title: string,
  { aliases = [], status = 'active', jobs = [], standing = 0, score }: Options = {},
) => ({
  url: `/tools/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
  filters: { kind: ['tool'], status: [status] },
  meta: {
    title,
    ...(aliases.length > 0 ? { aliases: metaList(aliases) } : {}),
    ...(jobs.length > 0 ? { [RANK_META.jobs]: metaList(jobs) } : {}),
    ...(standing > 0 ? { [RANK_META.standing]: String(standing) } : {}),
  },
  ...(score === undefined ? {} : { score }),
});

const titles = (results: readonly { meta: { title?: string | undefined } }[]) =>
  results.map((result) => result.meta.title);

describe('ranking a window of results', () => {
  it('puts a living tool above an unmaintained one, whatever Pagefind scored', () => {
    const ranked = rankResults(
      [
        tool('Neptune.ai', { status: 'discontinued', jobs: ['Experiment Tracking'], score: 16 }),
        tool('Aim', { status: 'dormant', jobs: ['Experiment Tracking'], score: 15.7 }),
        tool('Comet', { jobs: ['Experiment Tracking'], score: 15 }),
        tool('Trainer', { status: 'maintenance', jobs: ['Experiment Tracking'], score: 12 }),
      ],
      'experiment tracking',
    );
    expect(titles(ranked)).toEqual(['Comet', 'Trainer', 'Neptune.ai', 'Aim']);
  });

  it('lists a retired tool first when the query names it, by name or alias', () => {
    const window = [
      tool('Comet', { jobs: ['Experiment Tracking'], score: 9 }),
      tool('Neptune.ai', { status: 'discontinued', aliases: ['Neptune'], score: 3 }),
    ];
    expect(titles(rankResults(window, 'neptune'))).toEqual(['Neptune.ai', 'Comet']);
    expect(titles(rankResults(window, 'NEPTUNE.AI'))).toEqual(['Neptune.ai', 'Comet']);
  });

  it('puts the tools listed under the job asked for above those that only mention its words', () => {
    const ranked = rankResults(
      [
        tool('Weaviate', { jobs: ['Vector Databases'], score: 12 }),
        tool('Tecton', { jobs: ['Feature Stores'], score: 10.8, standing: 2 }),
        tool('Chalk', { jobs: ['Feature Stores'], score: 8.9 }),
        tool('Amazon SageMaker AI', { jobs: ['Cloud ML Platforms', 'Feature Stores'], score: 5 }),
      ],
      'open source feature store',
    );
    expect(titles(ranked)).toEqual(['Tecton', 'Chalk', 'Amazon SageMaker AI', 'Weaviate']);
  });

  it('puts the job’s own tools, then those also listed under it, each the more established first', () => {
    const ranked = rankResults(
      [
        tool('Hub', { jobs: ['Model Registries and Hubs'], standing: 2, score: 6 }),
        tool('MLflow', { jobs: ['Experiment Tracking', 'Model Registries and Hubs'], standing: 4, score: 4 }),
        tool('Registry', { jobs: ['Model Registries and Hubs'], standing: 0, score: 9 }),
      ],
      'model registry',
    );
    expect(titles(ranked)).toEqual(['Hub', 'Registry', 'MLflow']);
  });

  it('keeps Pagefind’s order among the rest, standing breaking near ties only', () => {
    const ranked = rankResults(
      [
        tool('Kubernetes', { score: 9, standing: 0 }),
        tool('Kueue', { score: 6 }),
        tool('KServe', { score: 5.9, standing: 5 }),
        tool('Milvus', { score: 3, standing: 9 }),
      ],
      'kubernetes',
    );
    expect(titles(ranked)).toEqual(['Kubernetes', 'KServe', 'Kueue', 'Milvus']);
  });

  it('lists each page once and keeps the order of results without scores or records', () => {
    const feast = tool('Feast', { aliases: ['Feature Store'] });
    const window = [tool('Hopsworks'), feast, { ...feast, url: '/tools/feast/#features' }, tool('Tecton')];
    expect(rankResults(window, 'feature store').map((result) => result.url)).toEqual([
      '/tools/feast/',
      '/tools/hopsworks/',
      '/tools/tecton/',
    ]);
    expect(titles(rankResults(window, ' '))).toEqual(['Hopsworks', 'Feast', 'Tecton']);
  });

  it('ranks by a job other than the query when asked (the alternatives to a tool)', () => {
    const ranked = rankResults(
      [
        tool('Dagster', { jobs: ['Workflow Orchestration'] }),
        tool('Airflow', { jobs: ['Workflow Orchestration'] }),
      ],
      '',
      { job: 'Workflow Orchestration' },
    );
    expect(titles(ranked)).toEqual(['Dagster', 'Airflow']);
    expect(
      titles(
        rankResults([tool('Spark', { jobs: ['Compute and Scaling'] }), ...ranked], '', {
          job: 'Workflow Orchestration',
        }),
      ),
    ).toEqual(['Dagster', 'Airflow', 'Spark']);
  });
});

describe('the window of results read', () => {
  it('is one page, widened to the near ties of its last result, up to twice as many', () => {
    const clear = [20, 18, 16, 14, 12, 10, 9, 8, 7, 6, 3, 2, 1];
    expect(RANK_WINDOW).toBe(10);
    expect(rankWindowSize(clear)).toBe(10);
    expect(rankWindowSize(clear.slice(0, 4))).toBe(4);
    const tied = [9, ...Array.from({ length: 30 }, (_, index) => 5 - index * 0.01)];
    expect(rankWindowSize(tied)).toBe(20);
    expect(rankWindowSize([9, 8, 7, 6, 5, 5, 5, 5, 5, 5, 4.6, 4.4])).toBe(11);
  });
});

describe('what a query asks for', () => {
  it('asks for a job when it holds the job’s words, or is part of its name, plurals aside', () => {
    expect(asksForJob('feature store', 'Feature Stores')).toBe(true);
    expect(asksForJob('open source feature store', 'Feature Stores')).toBe(true);
    expect(asksForJob('model registry', 'Model Registries and Hubs')).toBe(true);
    expect(asksForJob('monitoring', 'Drift and Performance Monitoring')).toBe(true);
    expect(asksForJob('ci/cd for ml', 'CI Automation')).toBe(false);
    expect(asksForJob('drift detection', 'Drift and Performance Monitoring')).toBe(false);
    expect(asksForJob('feature', 'Vector Databases')).toBe(false);
    expect(asksForJob('', 'Feature Stores')).toBe(false);
  });

  it('tells a tool’s own subcategory from a further listing', () => {
    const mlflow = tool('MLflow', { jobs: ['Experiment Tracking', 'Model Registries and Hubs'] }).meta;
    expect(jobMatch('experiment tracking', mlflow)).toBe(2);
    expect(jobMatch('model registry', mlflow)).toBe(1);
    expect(jobMatch('vector database', mlflow)).toBe(0);
    expect(jobMatch('experiment tracking', { [RANK_META.jobs]: 'not json' })).toBe(0);
  });
});

describe('how established a tool is', () => {
  it('counts checklist mentions (up to 3), foundation level, age and stars', () => {
    expect(searchStanding({ checklistMentions: 0 }, 2025)).toBe(0);
    expect(searchStanding({ checklistMentions: 6 }, 2025)).toBe(3);
    expect(
      searchStanding({ checklistMentions: 1, maturity: 'graduated', firstReleaseYear: 2014 }, 2025),
    ).toBe(5);
    expect(
      searchStanding({ checklistMentions: 0, maturity: 'incubating', firstReleaseYear: 2019 }, 2025),
    ).toBe(2);
    expect(
      searchStanding(
        { checklistMentions: 0, maturity: 'sandbox', firstReleaseYear: 2024, stars: 12_000 },
        2025,
      ),
    ).toBe(1);
    expect(searchStanding({ checklistMentions: 0, stars: null }, 2025)).toBe(0);
  });

  it('counts inclusion by the major curated lists: one point from two lists, two from four', () => {
    const listed = (curatedLists: number) => searchStanding({ checklistMentions: 0, curatedLists }, 2025);
    expect([0, 1, 2, 3, 4, 5].map(listed)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('weighs the job words of established tools more, and of unmaintained ones below any living tool', () => {
    expect(jobWeight(0, false)).toBe(5);
    expect(jobWeight(4, false)).toBe(7);
    expect(jobWeight(20, false)).toBe(8);
    expect(jobWeight(20, true)).toBeLessThan(jobWeight(0, false));
  });

  it('counts the tools the guides’ checklist items name', () => {
    const guide = [
      '<ChecklistItem id="a" title="A" tools="feast tecton">',
      'Prose that names mlflow is not a mention.',
      '<ChecklistItem id="b" title="B" tools="feast  kserve">',
    ].join('\n');
    expect(checklistToolSlugs(guide)).toEqual(['feast', 'tecton', 'feast', 'kserve']);
    expect(checklistMentions([guide, '<ChecklistItem tools="kserve">'])).toEqual(
      new Map([
        ['feast', 2],
        ['tecton', 1],
        ['kserve', 2],
      ]),
    );
  });
});

describe('lists in search meta', () => {
  it('round-trips any text, with no comma or colon left inside a value', () => {
    const items = ['W&B', 'Comet: hosted, or self-hosted', 'quote " and \\ backslash'];
    const recorded = metaList(items);
    expect(
      recorded
        .replace(/^\["|"\]$/g, '')
        .split('","')
        .join(''),
    ).not.toMatch(/[,:]/);
    expect(readMetaList(recorded)).toEqual(items);
    expect(aliasesOf({ aliases: recorded })).toEqual(items);
    expect(readMetaList('["ok", 3]')).toEqual(['ok']);
    expect(readMetaList('{')).toEqual([]);
  });
});

describe('excerpts', () => {
  it('highlights the forms of the query’s words, joining neighbours, leaving joining words alone', () => {
    expect(queryTerms('The best experiment-tracking for ML')).toEqual(['experiment', 'tracking', 'ml']);
    expect(markTerms('Experiment tracking of params and stores', ['experiment', 'track', 'store'])).toEqual([
      { text: 'Experiment tracking', marked: true },
      { text: ' of params and ', marked: false },
      { text: 'stores', marked: true },
    ]);
    expect(markTerms('Data drift detectors', ['detection'])).toEqual([
      { text: 'Data drift ', marked: false },
      { text: 'detectors', marked: true },
    ]);
    expect(markTerms('Metadata', ['data'])).toEqual([{ text: 'Metadata', marked: false }]);
  });

  it('chooses the sentence holding most of the query’s words, the tagline among equals', () => {
    const meta = { title: 'MLflow', tagline: 'Open-source platform for tracking and deploying models.' };
    // The indexed text: the search record's ranking words, then the page from its heading on.
    const content =
      'Experiment Tracking. experiment tracking. model registry. MLflow. Open-source platform for tracking and deploying models. Features. Run comparison UI. Experiment tracking of params and metrics.';
    const sentences = sentencesOf(meta, content);
    expect(sentences).toEqual([
      meta.tagline,
      'Features.',
      'Run comparison UI.',
      'Experiment tracking of params and metrics.',
    ]);
    expect(bestExcerpt(sentences, 'experiment tracking')?.index).toBe(3);
    expect(bestExcerpt(sentences, 'tracking')?.index).toBe(0);
    expect(bestExcerpt(sentences, 'model registry')?.index).toBe(0);
    expect(bestExcerpt(sentences, 'kubernetes')).toBeUndefined();
  });

  it('offers only the tagline when the text does not open with the heading and tagline', () => {
    const meta = { title: 'Feast', tagline: 'Open-source feature store.' };
    expect(sentencesOf(meta, 'feature store. Feast feature store. Something else.')).toEqual([meta.tagline]);
    expect(sentencesOf(meta)).toEqual([meta.tagline]);
    expect(sentencesOf({}, 'Anything.')).toEqual([]);
  });
});
