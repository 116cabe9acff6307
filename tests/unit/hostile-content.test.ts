import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BadgeList from '../../src/components/BadgeList.astro';
import EntryCard from '../../src/components/EntryCard.astro';
import { checkContent } from '../../src/lib/content-check.ts';
import { validFiles } from '../helpers/fixtures.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';

/** A tool with markup in every text field and a script URL in every URL field. */
const hostileTool = `name: "Evil ${SCRIPT}"
url: "${JS_URL}"
description: "${IMG}"
category: model-serving
subcategory: inference-servers
features:
  - "${SCRIPT}"
  - "import x from 'y'"
aliases:
  - "<b>alias</b>"
repo: "data:text/html,<script>alert(1)</script>"
docs: "vbscript:msgbox(1)"
added: 2025-06-19
`;

describe('hostile contributions', () => {
  it('are rejected field by field before anything is built', () => {
    const problems = checkContent([
      ...validFiles(),
      { path: 'content/tools/evil.yaml', collection: 'tools', text: hostileTool },
    ]).filter((problem) => problem.file === 'content/tools/evil.yaml');
    const fields = new Set(problems.map((problem) => problem.field));
    for (const field of [
      'name',
      'url',
      'description',
      'features[0]',
      'features[1]',
      'aliases[0]',
      'repo',
      'docs',
    ]) {
      expect(fields, field).toContain(field);
    }
  });

  it('render escaped even if they got past the check: no executable markup in the output', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(EntryCard, {
      props: {
        name: `Evil ${SCRIPT}`,
        description: IMG,
        eyebrow: SCRIPT,
        href: '/tools/evil/"><script>alert(1)</script>',
        compareSlug: '" onmouseover="alert(1)',
      },
    });
    // Attribute values are quoted with `"` and a `"` inside one is written &quot;, so blanking
    // every quoted value leaves exactly the markup a browser would parse as elements and attributes.
    const markup = html.replace(/"[^"]*"/g, '""');
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/<img/i);
    const tags = markup.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="/tools/evil/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('badge links carry the badge value, and not-rated where there is none', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(BadgeList, {
      props: { entry: { license: 'open-source' }, listing: '/tools/' },
    });
    expect(html).toContain('href="/tools/license/open-source/"');
    expect(html).toContain('href="/tools/difficulty/not-rated/"');
  });
});
