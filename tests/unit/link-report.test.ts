import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  classifyOutcome,
  classifyStatus,
  collectLinks,
  describeOutcome,
  renderMarkdownReport,
  renderTextTable,
  resultsFor,
  shouldRetryWithGet,
  summarize,
  uniqueUrls,
  type LinkOutcome,
  type LinkRef,
} from '../../scripts/lib/link-report/link-report.ts';

const TOOL_YAML = `name: BentoML
url: https://bentoml.com/
description: ML model serving framework
repo: https://github.com/bentoml/BentoML
docs: https://docs.bentoml.com/
added: 2025-06-19
`;

describe('collectLinks', () => {
  it('takes url, repo and docs from a parsed entry, in that order', () => {
    expect(collectLinks('content/tools/bentoml.yaml', parse(TOOL_YAML))).toEqual([
      { file: 'content/tools/bentoml.yaml', field: 'url', url: 'https://bentoml.com/' },
      { file: 'content/tools/bentoml.yaml', field: 'repo', url: 'https://github.com/bentoml/BentoML' },
      { file: 'content/tools/bentoml.yaml', field: 'docs', url: 'https://docs.bentoml.com/' },
    ]);
  });

  it('skips missing, empty and non-text fields and ignores other fields', () => {
    const data = parse('name: X\nurl: https://x.dev/\nrepo: ""\ndocs: [1, 2]\nhomepage: https://y.dev/\n');
    expect(collectLinks('content/resources/x.yaml', data)).toEqual([
      { file: 'content/resources/x.yaml', field: 'url', url: 'https://x.dev/' },
    ]);
  });

  it('returns nothing for documents that are not a mapping', () => {
    expect(collectLinks('a.yaml', null)).toEqual([]);
    expect(collectLinks('a.yaml', parse('- https://x.dev/'))).toEqual([]);
    expect(collectLinks('a.yaml', 'https://x.dev/')).toEqual([]);
  });
});

describe('uniqueUrls', () => {
  it('lists a URL shared by several entries once', () => {
    const links: LinkRef[] = [
      { file: 'a.yaml', field: 'url', url: 'https://mlflow.org/' },
      { file: 'b.yaml', field: 'docs', url: 'https://mlflow.org/' },
      { file: 'b.yaml', field: 'repo', url: 'https://github.com/mlflow/mlflow' },
    ];
    expect(uniqueUrls(links)).toEqual(['https://mlflow.org/', 'https://github.com/mlflow/mlflow']);
  });
});

describe('classifyStatus', () => {
  it.each([
    [200, 'alive'],
    [204, 'alive'],
    [301, 'alive'],
    [308, 'alive'],
    [399, 'alive'],
    [429, 'rate-limited'],
    [400, 'dead'],
    [403, 'dead'],
    [404, 'dead'],
    [410, 'dead'],
    [500, 'dead'],
    [503, 'dead'],
    [199, 'dead'],
  ] as const)('%i is %s', (status, verdict) => {
    expect(classifyStatus(status)).toBe(verdict);
  });

  it('counts network errors and timeouts as dead', () => {
    expect(classifyOutcome({ kind: 'error', message: 'timed out after 15 s' })).toBe('dead');
    expect(classifyOutcome({ kind: 'response', status: 200 })).toBe('alive');
  });

  it('retries HEAD as GET only when the server refuses HEAD', () => {
    expect(shouldRetryWithGet(405)).toBe(true);
    expect(shouldRetryWithGet(403)).toBe(true);
    expect(shouldRetryWithGet(404)).toBe(false);
    expect(shouldRetryWithGet(200)).toBe(false);
  });

  it('describes outcomes for the status column', () => {
    expect(describeOutcome({ kind: 'response', status: 404 })).toBe('404');
    expect(describeOutcome({ kind: 'response', status: 429 })).toBe('429 (rate limited, not counted dead)');
    expect(describeOutcome({ kind: 'error', message: 'getaddrinfo ENOTFOUND' })).toBe(
      'error: getaddrinfo ENOTFOUND',
    );
  });
});

const LINKS: LinkRef[] = [
  { file: 'content/tools/alive.yaml', field: 'url', url: 'https://alive.dev/' },
  { file: 'content/tools/gone.yaml', field: 'repo', url: 'https://github.com/gone/gone' },
  { file: 'content/tools/busy.yaml', field: 'docs', url: 'https://busy.dev/docs' },
  { file: 'content/resources/offline.yaml', field: 'url', url: 'https://offline.dev/a|b' },
];
const OUTCOMES = new Map<string, LinkOutcome>([
  ['https://alive.dev/', { kind: 'response', status: 200 }],
  ['https://github.com/gone/gone', { kind: 'response', status: 404 }],
  ['https://busy.dev/docs', { kind: 'response', status: 429 }],
  ['https://offline.dev/a|b', { kind: 'error', message: 'fetch failed' }],
]);

describe('resultsFor and summarize', () => {
  it('pairs links with their outcome and counts the verdicts', () => {
    const results = resultsFor(LINKS, OUTCOMES);
    expect(results.map((result) => result.verdict)).toEqual(['alive', 'dead', 'rate-limited', 'dead']);
    expect(summarize(results)).toEqual({ total: 4, alive: 1, dead: 2, rateLimited: 1 });
  });

  it('treats a link without an outcome as dead rather than silently alive', () => {
    const [result] = resultsFor([{ file: 'a.yaml', field: 'url', url: 'https://x.dev/' }], new Map());
    expect(result?.verdict).toBe('dead');
  });
});

describe('renderMarkdownReport', () => {
  const report = renderMarkdownReport(resultsFor(LINKS, OUTCOMES), { checkedAt: '2025-06-19T08:00:00Z' });

  it('lists dead links in a file, field, URL, status table', () => {
    expect(report).toContain('| File | Field | URL | Status |');
    expect(report).toContain('| `content/tools/gone.yaml` | repo | https://github.com/gone/gone | 404 |');
    expect(report).toContain('2 dead, 1 rate limited');
    expect(report).toContain('2025-06-19T08:00:00Z');
  });

  it('escapes pipes so a URL cannot break the table', () => {
    expect(report).toContain('https://offline.dev/a\\|b | error: fetch failed |');
  });

  it('lists rate-limited links separately, not as dead, and leaves alive links out', () => {
    const [dead, limited] = report.split('## Rate limited (not counted dead)');
    expect(dead).not.toContain('busy.dev');
    expect(limited).toContain('https://busy.dev/docs | 429 (rate limited, not counted dead) |');
    expect(report).not.toContain('alive.dev');
  });

  it('says so when nothing is dead', () => {
    const alive = resultsFor(LINKS.slice(0, 1), OUTCOMES);
    const text = renderMarkdownReport(alive, { checkedAt: 'today' });
    expect(text).toContain('No dead links found.');
    expect(text).not.toContain('| File |');
  });
});

describe('renderTextTable', () => {
  it('prints a header and one aligned row per link', () => {
    const lines = renderTextTable(resultsFor(LINKS.slice(0, 2), OUTCOMES)).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^VERDICT\s+STATUS\s+FILE\s+FIELD\s+URL$/);
    expect(lines[2]).toMatch(
      /^dead\s+404\s+content\/tools\/gone\.yaml\s+repo\s+https:\/\/github\.com\/gone\/gone$/,
    );
    expect(lines[1]?.indexOf('content/')).toBe(lines[2]?.indexOf('content/'));
  });
});
