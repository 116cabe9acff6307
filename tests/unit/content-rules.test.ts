import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent, type ContentFile } from '../../src/lib/content-check.ts';
import { SITE_RULES } from '../../src/lib/content-rules/index.ts';
import { stackStageProblems } from '../../src/lib/content-rules/stack-stages.ts';
import { copyleftOf, isOsiApproved } from '../../src/lib/licenses.ts';
import { HEAVY_TEST_TIMEOUT, toolWith, validFiles, validToolYaml } from '../helpers/fixtures.ts';

const TOOL_PATH = 'content/tools/bentoml.yaml';
const SUCCESSOR = `name: Triton
url: https://triton.example.org/
description: Another server
category: model-serving
subcategory: inference-servers
features:
  - Batching
added: 2025-06-19
`;

function withTool(text: string, extra: ContentFile[] = []): ContentFile[] {
  return [
    ...validFiles().filter((file) => file.path !== TOOL_PATH),
    { path: TOOL_PATH, collection: 'tools', text },
    { path: 'content/tools/triton.yaml', collection: 'tools', text: SUCCESSOR },
    ...extra,
  ];
}

const messages = (files: ContentFile[]) =>
  checkContent(files).map((problem) => `${problem.file} ${problem.field}: ${problem.message}`);

describe('licenses', () => {
  it('knows the SPDX list, OSI approval and copyleft', () => {
    expect(isOsiApproved('Apache-2.0')).toBe(true);
    expect(isOsiApproved('BUSL-1.1')).toBe(false);
    expect(isOsiApproved('Apache 2')).toBeUndefined();
    expect(copyleftOf('AGPL-3.0-only')).toBe('strong');
    expect(copyleftOf('MPL-2.0')).toBe('weak');
    expect(copyleftOf('MIT')).toBe('none');
  });

  it('refuses an unknown license id, suggesting the likely one', () => {
    expect(messages(withTool(toolWith('licenseId', 'licenseId: Apache-2')))).toEqual([
      expect.stringMatching(/licenseId: unknown SPDX license id "Apache-2" \(did you mean "Apache-2\.0"\?\)/),
    ]);
  });

  it('refuses open-source with a license that is not OSI-approved', () => {
    expect(messages(withTool(toolWith('licenseId', 'licenseId: BUSL-1.1')))).toEqual([
      `${TOOL_PATH} license: open-source with "BUSL-1.1", which is not OSI-approved (expected license: source-available)`,
    ]);
  });

  it('accepts source-available with BSL, refuses it with an OSI license', () => {
    const bsl = toolWith('licenseId', 'licenseId: BUSL-1.1').replace(
      'license: open-source',
      'license: source-available',
    );
    expect(messages(withTool(bsl))).toEqual([]);
    const osi = validToolYaml.replace('license: open-source', 'license: source-available');
    expect(messages(withTool(osi))).toEqual([
      `${TOOL_PATH} license: source-available with "Apache-2.0", which is OSI-approved (expected license: open-source)`,
    ]);
  });

  it('refuses open-source without a license id, and a license without a source', () => {
    expect(messages(withTool(toolWith('licenseId', null)))).toEqual([
      `${TOOL_PATH} license: open-source needs the licenseId of the repository’s LICENSE file (expected an SPDX id)`,
    ]);
    expect(messages(withTool(toolWith('sources', null)))).toEqual([
      `${TOOL_PATH} sources: a license is claimed without a source (expected the URL of the LICENSE file or pricing page)`,
    ]);
  });
});

describe('lifecycle', () => {
  const ended = (status: string, extra = '') =>
    toolWith('added', `status: ${status}\n${extra}added: 2025-06-19`);

  for (const status of ['deprecated', 'archived', 'discontinued']) {
    it(`refuses ${status} without date, note and successors`, () => {
      expect(messages(withTool(ended(status)))).toEqual([
        expect.stringContaining(`status: ${status} needs statusDate`),
        expect.stringContaining(`status: ${status} needs statusNote`),
        expect.stringContaining(`status: ${status} needs successors`),
      ]);
    });
  }

  it('refuses a status other than active without a source', () => {
    const text = ended(
      'deprecated',
      'statusDate: "2025-02"\nstatusNote: Upstream stopped.\nsuccessors:\n  - triton\n',
    )
      .replace('license: open-source\n', '')
      .replace(/licenseId: .*\nsources:\n {2}- .*\n/, '');
    expect(messages(withTool(text))).toEqual([
      `${TOOL_PATH} status: deprecated needs a source (expected the URL of the notice or announcement in sources)`,
    ]);
  });

  it('accepts a deprecated tool with date, note, successors and a source', () => {
    const text = ended(
      'deprecated',
      'statusDate: 2025-02-28\nstatusNote: Upstream stopped.\nsuccessors:\n  - triton\n',
    );
    expect(messages(withTool(text))).toEqual([]);
  });

  it('refuses a month written as a date', () => {
    const text = ended('maintenance', 'statusDate: 2025-2\nstatusNote: Fixes only.\n');
    expect(messages(withTool(text))).toEqual([expect.stringContaining('statusDate')]);
  });
});

describe('placements', () => {
  it('accepts a further placement and refuses unknown or repeated ones', () => {
    const category = validFiles().find((file) => file.collection === 'categories');
    expect(category?.text).toContain('serverless-inference');
    const place = (lines: string) => toolWith('added', `alsoIn:\n${lines}added: 2025-06-19`);
    expect(
      messages(withTool(place('  - category: model-serving\n    subcategory: serverless-inference\n'))),
    ).toEqual([]);
    expect(
      messages(withTool(place('  - category: model-servin\n    subcategory: inference-servers\n'))),
    ).toEqual([
      expect.stringMatching(
        /alsoIn\[0\]\.category: unknown category "model-servin" \(did you mean "model-serving"\?\)/,
      ),
    ]);
    expect(
      messages(withTool(place('  - category: model-serving\n    subcategory: inference-servers\n'))),
    ).toEqual([expect.stringContaining('model-serving/inference-servers is listed twice')]);
  });
});

describe('redirects', () => {
  const redirect = (slug: string, text: string): ContentFile => ({
    path: `content/redirects/${slug}.yaml`,
    collection: 'redirects',
    text,
  });

  it('accepts a rename and a removal with what to use instead', () => {
    expect(
      messages(
        withTool(validToolYaml, [
          redirect('bento', 'name: Bento\nto: bentoml\nreason: Renamed.\ndate: 2026-11-30\n'),
          redirect(
            'pytest-ml',
            'name: pytest-ml\nreason: Never existed.\ninstead:\n  - triton\ndate: 2026-11-30\n',
          ),
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses a redirect to an unknown tool', () => {
    expect(
      messages(
        withTool(validToolYaml, [
          redirect('bento', 'name: Bento\nto: bentom\nreason: Renamed.\ndate: 2026-11-30\n'),
        ]),
      ),
    ).toEqual([expect.stringMatching(/to: unknown tool "bentom" \(did you mean "bentoml"\?\)/)]);
  });

  it('refuses a removed slug that is still a tool or still referenced', () => {
    const files = withTool(toolWith('added', 'integrates:\n  - gone\nadded: 2025-06-19'), [
      redirect('triton', 'name: Triton\nreason: Removed.\ndate: 2026-11-30\n'),
      redirect('gone', 'name: Gone\nreason: Removed.\ndate: 2026-11-30\n'),
    ]);
    expect(messages(files)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"triton" is still a tool'),
        expect.stringContaining('"gone" left the guide'),
      ]),
    );
    // Once, with what happened, not also as an unknown tool.
    expect(messages(files).filter((message) => message.includes('integrates[0]'))).toEqual([
      expect.stringContaining('"gone" left the guide'),
    ]);
  });
});

describe('stack stages', () => {
  it('name categories and tools of the content', () => {
    const rule = stackStageProblems([
      {
        key: 'serving',
        label: 'Serving',
        purpose: 'Serve.',
        categories: ['model-serving', 'model-servng'],
        subcategories: ['inference-servers', 'inference-server'],
        extraTools: ['bentoml', 'gone'],
      },
    ]);
    const files = validFiles();
    expect(checkContent(files, [rule]).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'STACK_STAGES.serving: unknown category "model-servng" (did you mean "model-serving"?) (expected a file name in content/categories/)',
      'STACK_STAGES.serving: unknown subcategory "inference-server" (did you mean "inference-servers"?) (expected one of: inference-servers, serverless-inference)',
      'STACK_STAGES.serving: unknown tool "gone" (expected a file name in content/tools/)',
    ]);
  });

  it(
    'of the real guide and of the fixture all exist',
    () => {
      for (const root of ['content', 'tests/fixtures/content'])
        expect(checkContent(readContentFiles(root), SITE_RULES), root).toEqual([]);
    },
    HEAVY_TEST_TIMEOUT,
  );
});
