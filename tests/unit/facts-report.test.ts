import { describe, expect, it } from 'vitest';
import { renderFactsReport, type FactsEntry } from '../../scripts/lib/facts/facts-report.ts';
import type { UpstreamReview } from '../../scripts/lib/upstream/findings.ts';

const entry = (name: string, added: string, reviewed?: string): FactsEntry => ({
  slug: name.toLowerCase(),
  path: `content/tools/${name.toLowerCase()}.yaml`,
  name,
  added: new Date(`${added}T00:00:00Z`),
  reviewed: reviewed ? new Date(`${reviewed}T00:00:00Z`) : undefined,
  sources: 2,
  upstreamAsOf: name === 'Kubeflow' ? '2026-11-30' : undefined,
});

const review: UpstreamReview = {
  today: '2026-12-07',
  findings: [
    {
      kind: 'governance',
      slug: 'kubeflow',
      path: 'content/tools/kubeflow.yaml',
      name: 'Kubeflow',
      repo: 'https://github.com/kubeflow/kubeflow',
      ours: 'CNCF, incubating, no year joined',
      upstream: 'CNCF graduated (graduated 2026-07-24): “Kubeflow”',
      asOf: 'cncf/landscape@153d699',
      proposal: 'maintainer maturity: graduated',
      source:
        'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml#L25',
    },
  ],
  withRepo: 1,
  checked: { api: 0, snapshot: 1, missing: 0 },
  withoutRecord: [],
  skipped: [],
  outdated: [],
  stale: [],
  orphans: [],
};

describe('the facts report', () => {
  const report = renderFactsReport({
    entries: [
      entry('Kubeflow', '2025-06-19', '2026-11-30'),
      entry('Aim', '2025-06-19'),
      entry('Feast', '2024-01-01', '2025-10-01'),
    ],
    review,
    today: new Date('2026-12-07T00:00:00Z'),
  });

  it('lists the entries by the age of their last review, the longest-waiting first', () => {
    const rows = report
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('content/tools/'));
    expect(rows.map((line) => line.split(' (`')[0])).toEqual([
      '| Aim',
      '| Feast',
      '| Kubeflow',
      '| Kubeflow',
    ]);
    expect(rows[0]).toContain('| 2025-06-19 (added, never reviewed) | 536 | 2 | not collected | — |');
    expect(rows[2]).toContain('| 2026-11-30 | 7 | 2 | 2026-11-30 | governance |');
  });

  it('counts what is overdue and lists what the bot would change, with the proposal and its source', () => {
    expect(
      report.startsWith('# Facts: 3 tools, 2 not reviewed for over 365 days, 1 fact the bot would change\n'),
    ).toBe(true);
    expect(report).toContain(
      '| governance | CNCF, incubating, no year joined | CNCF graduated (graduated 2026-07-24): “Kubeflow” | maintainer maturity: graduated | [cncf/landscape@\u200b153d699](https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml#L25) |',
    );
  });
});
