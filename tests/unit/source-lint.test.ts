import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourceWarnings, weakSource } from '../../scripts/lib/link-report/source-lint.ts';
import {
  collectLinks,
  githubFileLink,
  offDefaultBranch,
  renderMarkdownReport,
} from '../../scripts/lib/link-report/link-report.ts';

const TOOL = `name: Example
url: https://aiwiki.ai/wiki/example
maintainer:
  name: Example Inc.
  kind: vendor
  source: https://hivebook.wiki/wiki/example
history:
  - event: acquired
    party: Big Co
    date: 2026-01-02
    source: https://bigco.example/press
sources:
  - https://github.com/example/example/blob/master/LICENSE
  - https://raw.githubusercontent.com/api-evangelist/example/refs/heads/main/plans.yml
  - https://raw.githubusercontent.com/example/example/main/README.md
capabilities:
  grpc-api:
    value: 'yes'
    source: https://www.mintlify.com/example/example/grpc
`;

describe('the sources a link check and the source lint read', () => {
  it('collects every cited page: sources, each fact’s source, history, capabilities', () => {
    expect(collectLinks('content/tools/example.yaml', parse(TOOL)).map((link) => link.field)).toEqual([
      'url',
      'sources[0]',
      'sources[1]',
      'sources[2]',
      'maintainer.source',
      'history[0].source',
      'capabilities.grpc-api.source',
    ]);
  });

  it('warns on AI wikis, aggregators and mirrors among the sources, never on the project’s own links', () => {
    expect(
      sourceWarnings('content/tools/example.yaml', parse(TOOL)).map((warning) => [
        warning.field,
        warning.message,
      ]),
    ).toEqual([
      [
        'sources[1]',
        expect.stringMatching(
          /^raw\.githubusercontent\.com is a machine-generated mirror: cite the project's own page/,
        ),
      ],
      ['maintainer.source', expect.stringMatching(/^hivebook\.wiki is an AI-written wiki/)],
      [
        'capabilities.grpc-api.source',
        expect.stringMatching(/^www\.mintlify\.com is a machine-generated mirror/),
      ],
    ]);
    expect(weakSource('https://raw.githubusercontent.com/example/example/main/README.md')).toBeUndefined();
    expect(weakSource('https://notaiwiki.ai/')).toBeUndefined();
    expect(weakSource('not a url')).toBeUndefined();
  });

  it('warns on third-party copies of release facts: end-of-life trackers and package manifests', () => {
    expect(weakSource('https://endoflife.date/redis')?.kind).toBe('aggregator');
    expect(weakSource('https://github.com/microsoft/winget-pkgs/pull/1')?.kind).toBe('package-manifest');
    expect(weakSource('https://github.com/microsoft/vscode/releases')).toBeUndefined();
  });
});

describe('GitHub file links off the default branch', () => {
  const links = collectLinks('content/tools/example.yaml', parse(TOOL));

  it('reads the repository, kind, ref and path of a file link', () => {
    expect(githubFileLink('https://github.com/Example/Example/tree/v1.2.0/docs')).toEqual({
      repo: 'example/example',
      kind: 'tree',
      ref: 'v1.2.0',
      path: 'docs',
    });
    expect(githubFileLink('https://github.com/example/example')).toBeUndefined();
  });

  it('lists links on a default-branch name the repository no longer uses, and reports them', () => {
    const off = offDefaultBranch(links, new Map([['example/example', 'main']]));
    expect(off).toEqual([
      {
        file: 'content/tools/example.yaml',
        field: 'sources[0]',
        url: 'https://github.com/example/example/blob/master/LICENSE',
        ref: 'master',
        defaultBranch: 'main',
      },
    ]);
    expect(offDefaultBranch(links, new Map([['example/example', 'master']]))).toEqual([]);
    expect(offDefaultBranch(links, new Map())).toEqual([]);
    expect(renderMarkdownReport([], { checkedAt: '2026-12-07T05:00:00Z', offDefault: off })).toContain(
      '| `content/tools/example.yaml` | sources[0] | https://github.com/example/example/blob/master/LICENSE | master | main |',
    );
  });
});
