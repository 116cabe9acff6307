/**
 * What a tool's page says (`src/lib/tool-page.ts`), from its tool view, on small fixtures.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { categoryCounts, type CapabilityModel } from '../../src/lib/capabilities.ts';
import { toolPage, type ToolJob } from '../../src/lib/tool-page.ts';
import { toolView, type ToolFacts } from '../../src/lib/tool-view.ts';
import type { UpstreamView } from '../../src/lib/upstream-view.ts';
import { DIFFICULTIES, FACETS } from '../../src/vocabulary.ts';
import { coreToolFacts } from '../helpers/fixtures.ts';

const source = 'https://core.dev/docs';

const facts = (extra: Record<string, unknown> = {}, upstream?: UpstreamView): ToolFacts => ({
  ...coreToolFacts(extra),
  ...(upstream && { upstream }),
});

const model: CapabilityModel = {
  key: 'model-serving',
  label: 'Model Serving',
  capabilities: [
    { id: 'batching', name: 'Dynamic batching', definition: 'Groups requests.' },
    { id: 'grpc', name: 'gRPC API', definition: 'Serves over gRPC.' },
  ],
};
const yes = { value: 'yes', source } as const;
/** Four tools of the job: only the one under test has gRPC, all have batching. */
const job = (subcategoryName?: string): ToolJob => ({
  subcategoryName,
  model,
  counts: categoryCounts([
    { capabilities: { batching: yes, grpc: yes } },
    { capabilities: { batching: yes } },
    { capabilities: { batching: yes } },
    { capabilities: { batching: yes } },
  ]),
});

const upstream = (extra: Partial<UpstreamView> = {}): UpstreamView => ({
  source: 'github-api',
  asOf: '2026-11-30',
  stars: 12345,
  archived: false,
  missingSince: null,
  latestRelease: { tag: 'v2.0.0', date: '2026-10-01' },
  lastPush: '2026-11-20',
  pushKind: 'push',
  licenseId: 'Apache-2.0',
  nameWithOwner: 'core/core',
  ...extra,
});

describe("a tool's page", () => {
  it('says what the entry leaves unset as the vocabulary does, and offers to edit its file', () => {
    const page = toolPage(toolView(facts()), job());
    expect(page.license).toEqual({ label: FACETS.license.missing.label });
    expect(page.difficulty).toEqual({ label: FACETS.difficulty.missing.label });
    expect(page.status).toEqual({ label: FACETS.status.missing.label });
    expect(page.upstream).toBeUndefined();
    expect(page.reviewed).toBeUndefined();
    expect(page.added).toBe('2026-01-02');
    expect(page.editUrl).toBe(`${SITE.repository}/edit/${SITE.branch}/content/tools/core.yaml`);
  });

  it('names the license with its kind, the difficulty with its description, the status with its dates', () => {
    const page = toolPage(
      toolView(
        facts({
          license: 'open-source',
          licenseId: 'AGPL-3.0-only',
          difficulty: 'advanced',
          status: 'maintenance',
          statusDate: '2026-03',
          statusNote: 'Fixes only.',
          reviewed: new Date('2026-06-01'),
        }),
      ),
      job(),
    );
    expect(page.license).toEqual({ label: 'Open source', id: 'AGPL-3.0-only (strong copyleft)' });
    expect(page.difficulty).toEqual({ label: 'Advanced', description: DIFFICULTIES.advanced.description });
    expect(page.status).toEqual({ label: 'Maintenance only', since: '2026-03', note: 'Fixes only.' });
    expect(page.reviewed).toBe('2026-06-01');
  });

  it('names the license of each part of a product licensed part by part, the main one once', () => {
    const page = toolPage(
      toolView(
        facts({
          license: 'freemium',
          licenseId: 'MIT',
          licenseParts: [{ part: 'server', source }],
        }),
      ),
      job(),
    );
    expect(page.license).toEqual({
      label: 'Freemium',
      parts: 'main repository MIT, open source; server proprietary',
    });
  });

  it('indexes the words of its job and says what sets it apart', () => {
    const page = toolPage(
      toolView(
        facts({
          tags: ['model-serving', 'grpc'],
          capabilities: { batching: yes, grpc: yes },
          maintainer: { name: 'Core Inc.', kind: 'vendor', source },
        }),
      ),
      job('Inference Servers'),
    );
    expect(page.searchJob).toEqual([
      'Inference Servers',
      'model serving',
      'grpc',
      'Dynamic batching',
      'gRPC API',
    ]);
    expect(page.summary).toEqual(['By Core Inc.', 'stands out for gRPC API']);
  });

  it('shows the upstream facts, each date absolute, and says when the status disagrees with them', () => {
    const page = toolPage(
      toolView(
        facts(
          { status: 'active', statusDate: '2024-01' },
          upstream({ lastPush: '2025-01-10', latestRelease: { tag: 'v1', date: '2024-12' }, archived: true }),
        ),
      ),
      job(),
    );
    expect(page.upstream).toEqual({
      archived: { unflagged: true },
      stars: '12,345 stars on GitHub',
      release: { tag: 'v1', date: '2024-12', preposition: 'in' },
      push: { label: 'Last push', date: '2025-01-10' },
      licenseId: 'Apache-2.0',
      collected: { how: 'Fetched from the GitHub API on', asOf: '2026-11-30', end: '.' },
    });
    expect(page.status.disagrees).toBe(
      "the upstream dates below, latest 2025-01-10 as of 2026-11-30, make it no recent activity by the directory's twelve-month rule: this entry is due for review",
    );
  });

  it('reads a snapshot without dates as such', () => {
    const page = toolPage(
      toolView(
        facts(
          {},
          upstream({
            source: 'snapshot',
            stars: null,
            latestRelease: null,
            lastPush: null,
            pushKind: 'commit',
          }),
        ),
      ),
      job(),
    );
    expect(page.upstream).toMatchObject({
      stars: 'Stars: not collected yet',
      push: { label: 'Newest commit on the default branch' },
      collected: {
        how: 'Read from a snapshot of the repository on',
        end: '; no release or commit date known.',
      },
    });
    expect(page.upstream?.release).toBeUndefined();
  });
});
