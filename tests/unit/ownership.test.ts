/**
 * Ownership as data (`history`), open-core licenses (`licenseParts`) and the lifecycle rule that
 * keeps a tool page's status badge and the upstream dates beside it from contradicting each other.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content-check.ts';
import { badgesOf } from '../../src/lib/entries.ts';
import { isOpenCore, licensePartsText } from '../../src/lib/licenses.ts';
import { currentOwner, eventText, ownershipLine, type OwnershipEventData } from '../../src/lib/ownership.ts';
import { releaseAfterCommitNote, statusAgreement } from '../../src/lib/status-agreement.ts';
import type { UpstreamView } from '../../src/lib/upstream-view.ts';
import { toolWith, validFiles } from '../helpers/fixtures.ts';

const ACQUIRED: OwnershipEventData = {
  event: 'acquired',
  party: 'CoreWeave',
  date: '2025-05',
  source: 'https://example.com/press/coreweave-acquires-wandb',
};
const JOINED: OwnershipEventData = {
  event: 'joined-foundation',
  party: 'PyTorch Foundation',
  date: '2025-10',
  source: 'https://example.org/blog/welcomes-ray',
};
const RENAMED: OwnershipEventData = {
  event: 'renamed',
  party: 'Allegro AI',
  date: '2021-03-01',
  source: 'https://example.com/blog/rename',
};

describe('ownership as data', () => {
  it('names the current owner: the last buyer or foundation, else the maintainer', () => {
    expect(
      currentOwner({ maintainer: { name: 'Weights & Biases', kind: 'vendor' }, history: [ACQUIRED] }),
    ).toBe('CoreWeave');
    const ray = {
      maintainer: { name: 'Ray project', kind: 'foundation' as const, foundation: 'PyTorch Foundation' },
      history: [JOINED],
    };
    expect(currentOwner(ray)).toBe('PyTorch Foundation');
    expect(currentOwner({ maintainer: { name: 'ClearML', kind: 'vendor' }, history: [RENAMED] })).toBe(
      'ClearML',
    );
    expect(currentOwner({ maintainer: { name: 'Databricks', kind: 'vendor' } })).toBe('Databricks');
    expect(currentOwner({})).toBeUndefined();
  });

  it('says the latest change as the tool page shows it, and each event with its date', () => {
    expect(ownershipLine({ history: [ACQUIRED] })).toBe('Part of CoreWeave since 2025');
    expect(ownershipLine({ history: [ACQUIRED, JOINED] })).toBe('In the PyTorch Foundation since 2025');
    expect(ownershipLine({ history: [RENAMED] })).toBe('Formerly Allegro AI (renamed in 2021)');
    expect(ownershipLine({ history: [] })).toBeUndefined();
    expect(eventText(ACQUIRED)).toBe('Acquired by CoreWeave (2025-05)');
  });

  it('says an event whose source gives no date without one, never with a guessed year', () => {
    const undated: OwnershipEventData = { event: 'acquired', party: 'CoreWeave', source: ACQUIRED.source };
    expect(ownershipLine({ history: [undated] })).toBe('Part of CoreWeave');
    expect(eventText(undated)).toBe('Acquired by CoreWeave');
    const renamed: OwnershipEventData = { event: 'renamed', party: 'Allegro AI', source: RENAMED.source };
    expect(ownershipLine({ history: [renamed] })).toBe('Formerly Allegro AI (renamed)');
  });
});

const TOOL = 'content/tools/bentoml.yaml';
const problems = (text: string): string[] => {
  const files: ContentFile[] = [
    ...validFiles().filter((file) => file.path !== TOOL),
    { path: TOOL, collection: 'tools', text },
  ];
  return checkContent(files).map((problem) => `${problem.field}: ${problem.message}`);
};
const HISTORY = `history:
  - event: joined-foundation
    party: CNCF
    date: 2023-07-25
    source: https://example.org/landscape.yml#L10
`;

describe('the content check of ownership', () => {
  it('refuses a story in the maintainer name: it belongs in history', () => {
    const prose = toolWith(
      'maintainer',
      "maintainer:\n  name: 'Langfuse (part of ClickHouse since January 2026)'\n  kind: vendor",
    );
    expect(problems(prose)).toEqual([expect.stringMatching(/^maintainer\.name: .*tells a story.*history/)]);
  });

  it('accepts a history that agrees with the maintainer facet', () => {
    const ok = toolWith(
      'maintainer',
      `maintainer:\n  name: Kubeflow community\n  kind: foundation\n  foundation: CNCF\n  joined: 2023\n${HISTORY}`,
    );
    expect(problems(ok)).toEqual([]);
  });

  it('refuses a foundation move the maintainer does not show, and a joined year that disagrees', () => {
    const vendor = toolWith(
      'maintainer',
      `maintainer:\n  name: Kubeflow community\n  kind: vendor\n${HISTORY}`,
    );
    expect(problems(vendor)).toEqual([
      expect.stringMatching(/^maintainer\.kind: its latest history event joins CNCF/),
    ]);
    const otherFoundation = toolWith(
      'maintainer',
      `maintainer:\n  name: Kubeflow community\n  kind: foundation\n  foundation: LF AI & Data\n  joined: 2022\n${HISTORY}`,
    );
    expect(problems(otherFoundation)).toEqual([
      expect.stringMatching(/^maintainer\.foundation: .*"CNCF", but the foundation is "LF AI & Data"/),
      expect.stringMatching(/^maintainer\.joined: joined 2022, but history says CNCF on 2023-07-25/),
    ]);
  });

  it('wants the events oldest first', () => {
    const unordered = toolWith(
      'maintainer',
      `maintainer:\n  name: Acme\n  kind: vendor\nhistory:\n  - event: acquired\n    party: Big Co\n    date: 2025-06-01\n    source: https://example.com/a\n  - event: renamed\n    party: Old Name\n    date: "2024-02"\n    source: https://example.com/b\n`,
    );
    expect(problems(unordered)).toEqual([
      'history[1].date: 2024-02 comes before 2025-06-01 of the event above (expected the events oldest first)',
    ]);
  });

  it('refuses license parts without an openCore line, and an unknown license id', () => {
    const parts = `${toolWith('licenseId', 'licenseId: Apache-2.0')}licenseParts:\n  - part: server\n    licenseId: SSPL-1\n    source: https://example.com/server/LICENSE\n`;
    expect(problems(parts)).toEqual([
      expect.stringMatching(/^licenseParts: .*open core/),
      expect.stringMatching(
        /^licenseParts\[0\]\.licenseId: unknown SPDX license id "SSPL-1" \(did you mean "SSPL-1\.0"\?\)/,
      ),
    ]);
  });
});

describe('open core by license', () => {
  const clearml = {
    license: 'open-source' as const,
    licenseId: 'Apache-2.0',
    licenseParts: [{ part: 'server' as const, licenseId: 'SSPL-1.0' }],
  };

  it('is open core when a part is not open source, and its badge says so', () => {
    expect(isOpenCore(clearml)).toBe(true);
    expect(licensePartsText(clearml)).toBe(
      'open core: main repository Apache-2.0, open source; server SSPL-1.0, not open source',
    );
    const [badge] = badgesOf(clearml, { openCore: isOpenCore(clearml) });
    expect(badge).toMatchObject({ label: 'Open source, open core', tone: 'mixed' });
    expect(badgesOf(clearml)[0]).toMatchObject({ label: 'Open source', tone: 'open' });
  });

  it('is not open core when every part is open source, or with no parts', () => {
    const openParts = { ...clearml, licenseParts: [{ part: 'sdk' as const, licenseId: 'MIT' }] };
    expect(isOpenCore(openParts)).toBe(false);
    expect(licensePartsText(openParts)).toBe(
      'main repository Apache-2.0, open source; sdk and client MIT, open source',
    );
    expect(isOpenCore({ license: 'open-source', licenseId: 'MIT' })).toBe(false);
    expect(licensePartsText({ license: 'open-source', licenseId: 'MIT' })).toBeUndefined();
    expect(isOpenCore({ license: 'open-source', licenseParts: [{ part: 'enterprise' }] })).toBe(true);
  });
});

const view = (overrides: Partial<UpstreamView>): UpstreamView => ({
  source: 'snapshot',
  asOf: '2026-11-30',
  stars: null,
  archived: null,
  missingSince: null,
  latestRelease: null,
  lastPush: '2026-06-01',
  pushKind: 'commit',
  licenseId: null,
  nameWithOwner: null,
  ...overrides,
});

describe('the status badge and the upstream dates beside it', () => {
  it('agree when the dates follow the twelve-month rule of the status', () => {
    expect(statusAgreement({ status: 'active' }, view({}))).toEqual({ kind: 'agrees' });
    expect(statusAgreement({ status: 'dormant' }, view({ lastPush: '2025-02-10' }))).toEqual({
      kind: 'agrees',
    });
    // A release within the year counts even when the newest commit read is older.
    expect(
      statusAgreement(
        { status: 'active' },
        view({ lastPush: '2025-02-10', latestRelease: { tag: 'v2', date: '2026-01' } }),
      ),
    ).toEqual({ kind: 'agrees' });
    // A release known by its month counts to the month's end, beside a commit day of that month.
    const sameMonth = { lastPush: '2025-11-05', latestRelease: { tag: 'v3', date: '2025-11' } };
    expect(statusAgreement({ status: 'active' }, view({ ...sameMonth, asOf: '2026-11-20' })).kind).toBe(
      'agrees',
    );
    expect(statusAgreement({ status: 'active' }, view({ ...sameMonth, asOf: '2026-12-01' })).kind).toBe(
      'disagrees',
    );
  });

  it('disagree when an active tool shows nothing for a year, measured from the day the facts were read', () => {
    expect(statusAgreement({ status: 'active' }, view({ lastPush: '2025-02-10' }))).toEqual({
      kind: 'disagrees',
      expected: 'dormant',
      lastActivity: '2025-02-10',
      asOf: '2026-11-30',
    });
    // The day before the year is up still counts as within it.
    expect(statusAgreement({ status: 'active' }, view({ lastPush: '2025-11-30' })).kind).toBe('agrees');
    expect(statusAgreement({ status: 'active' }, view({ lastPush: '2025-11-29' })).kind).toBe('disagrees');
    expect(statusAgreement({ status: 'dormant' }, view({ lastPush: '2026-10-01' }))).toMatchObject({
      kind: 'disagrees',
      expected: 'active',
    });
  });

  it('show the sourced reason an entry gives for a difference', () => {
    const activityNote = { note: 'Developed in a private repository', source: 'https://example.com/notice' };
    expect(statusAgreement({ status: 'active', activityNote }, view({ lastPush: '2025-02-10' }))).toEqual({
      kind: 'explained',
      ...activityNote,
    });
  });

  it('judge only active and dormant, and only with a commit or push date', () => {
    expect(statusAgreement({ status: 'deprecated' }, view({ lastPush: '2020-01-01' })).kind).toBe('agrees');
    expect(statusAgreement({ status: 'active' }, undefined).kind).toBe('agrees');
    expect(
      statusAgreement(
        { status: 'active' },
        view({ lastPush: null, latestRelease: { tag: 'v1', date: '2024-01-01' } }),
      ).kind,
    ).toBe('agrees');
    expect(
      statusAgreement({ status: 'active' }, view({ lastPush: '2020-01-01', missingSince: '2026-01-01' }))
        .kind,
    ).toBe('agrees');
  });

  it('explain a release newer than the newest commit of the default branch', () => {
    const kserve = view({ lastPush: '2026-08-21', latestRelease: { tag: '0.21.0', date: '2026-09' } });
    expect(releaseAfterCommitNote(kserve)).toMatch(/release branches/);
    expect(
      releaseAfterCommitNote(view({ latestRelease: { tag: 'v1', date: '2026-05-01' } })),
    ).toBeUndefined();
    expect(
      releaseAfterCommitNote(view({ pushKind: 'push', latestRelease: { tag: 'v1', date: '2026-09-01' } })),
    ).toBeUndefined();
  });
});
