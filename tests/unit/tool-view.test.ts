/**
 * The tool view (`src/lib/tool-view.ts`): the one shape of a tool that pages, exports and scripts
 * read, on small in-memory fixtures; and the guard that keeps the status rules and the missing
 * term in the vocabulary alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusFlags, toolRecord, toolView, type ToolFacts } from '../../src/lib/tool-view.ts';
import { STATUSES, STATUS_VALUES } from '../../src/vocabulary.ts';
import { coreToolFacts } from '../helpers/fixtures.ts';

const facts = (extra: Record<string, unknown> = {}): ToolFacts =>
  coreToolFacts({
    license: 'open-source',
    licenseId: 'Apache-2.0',
    sources: ['https://core.dev/license'],
    ...extra,
  });

describe('a status in the tool view', () => {
  it('is flagged unless active or unset; ended and unmaintained as the vocabulary says', () => {
    const seen = Object.fromEntries(
      [...STATUS_VALUES, undefined].map((status) => {
        const flags = statusFlags(status);
        return [String(status), [flags.flagged, flags.inactive, flags.unmaintained, flags.warning?.label]];
      }),
    );
    expect(seen).toEqual({
      undefined: [false, false, false, undefined],
      active: [false, false, false, undefined],
      maintenance: [true, false, false, STATUSES.maintenance.label],
      dormant: [true, false, true, STATUSES.dormant.label],
      deprecated: [true, true, true, STATUSES.deprecated.label],
      archived: [true, true, true, STATUSES.archived.label],
      discontinued: [true, true, true, STATUSES.discontinued.label],
    });
  });
});

describe('the tool view', () => {
  it('keeps every fact and adds what follows from them', () => {
    const view = toolView(facts({ status: 'deprecated', statusDate: '2026-02', statusNote: 'Ended.' }));
    expect(view).toMatchObject({ name: 'Core', slug: 'core', status: 'deprecated', flagged: true });
    expect(view.warning).toBe(STATUSES.deprecated);
    expect(view.licenseTerms).toBeUndefined();
  });

  it('says which license each part carries when they differ', () => {
    const view = toolView(
      facts({
        licenseParts: [{ part: 'server', licenseId: 'SSPL-1.0', source: 'https://core.dev/server' }],
      }),
    );
    expect(view.licenseTerms).toContain('SSPL-1.0');
  });
});

describe('the tool record (the JSON boundary)', () => {
  it('writes every unset fact as null, never leaves one out, and dates as text', () => {
    const record = toolRecord(toolView(facts()), 'https://guide.dev/tools/core/');
    const json: unknown = JSON.parse(JSON.stringify(record));
    expect(json).toEqual(record);
    expect(record).toMatchObject({
      page: 'https://guide.dev/tools/core/',
      status: null,
      flagged: false,
      difficulty: null,
      repo: null,
      maintainer: null,
      upstream: null,
      licenseTerms: null,
      added: '2026-01-02',
      reviewed: null,
    });
    expect(Object.values(record)).not.toContain(undefined);
  });

  it('carries the flag of the view, and nothing only pages need', () => {
    for (const status of STATUS_VALUES) {
      const view = toolView(facts({ status }));
      const record = toolRecord(view, 'https://guide.dev/tools/core/');
      expect(record.flagged, status).toBe(view.flagged);
      expect(Object.keys(record)).not.toContain('sourcePath');
      expect(Object.keys(record)).not.toContain('warning');
    }
  });
});

describe('the vocabulary owns the status rules and the missing term', () => {
  const files = ['src', 'scripts'].flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|astro)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const linesMatching = (pattern: RegExp, allowed: readonly string[]) =>
    files
      .filter((file) => !allowed.includes(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );

  it("finds 'not-rated' only where MISSING_VALUE is declared", () => {
    expect(files.length).toBeGreaterThan(50);
    // In code: comments may name the value in double quotes.
    expect(linesMatching(/'not-rated'|`not-rated`/, ['src/vocabulary-core.ts'])).toEqual([]);
  });

  it('finds a status compared with active or maintenance only in the status rules', () => {
    expect(
      linesMatching(/status\s*[!=]==\s*'(?:active|maintenance)'/, [
        'src/vocabulary-core.ts',
        // Their own rules about active and dormant: whether the dates agree with the status.
        'src/lib/status-agreement.ts',
        'scripts/lib/upstream/findings.ts',
      ]),
    ).toEqual([]);
  });
});
