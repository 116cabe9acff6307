import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import CompareTable from '../../src/components/CompareTable.astro';
import {
  comparisonLabels,
  comparisonTable,
  type ComparableTool,
  type ComparisonTable,
} from '../../src/lib/compare.ts';
import { LABEL_MAPS } from '../../src/lib/labels.ts';
import { compareTableHtml } from '../../src/lib/compare-table.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { statusWarning } from '../../src/lib/entries.ts';
import { PRICING_MODELS, facetLabel, type PricingModel } from '../../src/vocabulary.ts';
import { STATUS_VALUES } from '../../src/vocabulary.ts';
import { HEAVY_TEST_TIMEOUT, comparableTool } from '../helpers/fixtures.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

const CATEGORIES = [
  {
    id: 'model-serving',
    name: 'Model Serving',
    capabilities: [
      { id: 'dynamic-batching', name: 'Dynamic batching', definition: 'Groups requests into batches.' },
      { id: 'grpc-api', name: 'gRPC API', definition: 'Serves predictions over gRPC.' },
    ],
  },
  { id: 'bare', name: 'Bare category' },
];
const source = 'https://docs.example.dev/';

const tool = comparableTool;

/** The directory the successors are looked up in: more tools than are compared. */
const DIRECTORY: ComparableTool[] = [
  tool('torchserve', {
    name: 'TorchServe',
    license: 'open-source',
    licenseId: 'Apache-2.0',
    status: 'deprecated',
    successors: ['triton-inference-server', 'kserve', 'gone-tool'],
    features: ['Model archive', 'Dynamic batching'],
    capabilities: { 'dynamic-batching': { value: 'yes', source }, 'grpc-api': { value: 'yes', source } },
    repo: 'https://github.com/pytorch/serve',
  }),
  tool('bentoml', {
    name: 'BentoML',
    license: 'open-source',
    licenseId: 'Apache-2.0',
    openCore: 'BentoCloud is a paid service.',
    status: 'active',
    features: ['Dynamic batching', 'Model packaging'],
    integrates: ['torchserve'],
    capabilities: { 'dynamic-batching': { value: 'partial', note: 'adaptive batching', source } },
    docs: 'https://docs.bentoml.com/',
  }),
  tool('triton-inference-server', {
    name: 'Triton Inference Server',
    category: 'bare',
    license: 'open-source',
    licenseId: 'BSD-3-Clause',
  }),
  tool('kserve', { name: 'KServe', category: 'bare', license: 'open-source', licenseId: 'Apache-2.0' }),
];

const labels = comparisonLabels(LABEL_MAPS, CATEGORIES, DIRECTORY);
const toolHref = (slug: string) => `/tools/${slug}/`;
const compared = (...slugs: string[]) =>
  slugs.map((slug) => DIRECTORY.find((candidate) => candidate.slug === slug) ?? tool(slug));
const render = (table: ComparisonTable, removable = false) =>
  compareTableHtml(table, { caption: 'Side by side', toolHref, removable });

/** The `<tbody>` elements of some markup, each as its own string. */
const bodies = (html: string) =>
  [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((match) => match[1] ?? '');

/** The markup a browser would parse as elements, with every quoted attribute value blanked. */
const tagsOf = (html: string) => html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi) ?? [];

describe('escapeHtml', () => {
  it('leaves no markup and no way out of a quoted attribute', () => {
    expect(escapeHtml(IMG)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(SCRIPT)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`" onmouseover="alert(1)`)).toBe('&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml(`' autofocus onfocus='x`)).toBe('&#39; autofocus onfocus=&#39;x');
    // Entities are escaped once, so the visitor reads the text as written.
    expect(escapeHtml('R&D &amp; more')).toBe('R&amp;D &amp;amp; more');
    expect(escapeHtml('Apache-2.0 · ✓')).toBe('Apache-2.0 · ✓');
  });
});

describe('comparison table markup', () => {
  const table = comparisonTable(compared('torchserve', 'bentoml'), labels);
  const html = render(table);

  it('says in words what an empty cell means, never a bare dash', () => {
    const sparse = render(comparisonTable([tool('a', { openCore: 'Cloud is paid.' }), tool('b')], labels));
    const cells = [
      ...bodies(sparse)
        .join('')
        .matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g),
    ].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '').trim());
    expect(cells.filter((text) => /^[-–—]?$/.test(text))).toEqual([]);
    expect(cells).toContain('Not recorded');
  });

  it('gives each row group its own <tbody>, opened by its rowgroup header', () => {
    const groups = bodies(html);
    expect(groups).toHaveLength(4);
    expect(html.match(/<tbody>/g)).toHaveLength(4);
    for (const [index, title] of ['Facts', 'Capabilities', 'In their own words', 'Ecosystem'].entries()) {
      const group = groups[index] ?? '';
      expect(
        group.startsWith(`<tr class="section"><th scope="rowgroup" colspan="3">${title}</th></tr>`),
      ).toBe(true);
      // One header per group, and it heads nothing but its own rows.
      expect(group.match(/scope="rowgroup"/g)).toHaveLength(1);
    }
    expect(groups[0]).toContain('<th scope="row">License</th>');
    expect(groups[1]).toContain('<th scope="row">Dynamic batching<span class="cap-definition">');
    expect(groups[2]).toContain('<th scope="row">Features</th>');
    expect(groups[3]).toContain('<th scope="row">Works with (compared)</th>');
    // No row is left outside a group.
    expect(html.replace(/<thead>[\s\S]*<\/thead>|<tbody>[\s\S]*?<\/tbody>/g, '')).not.toContain('<tr');
  });

  it('leaves out a group without rows rather than a header over nothing', () => {
    const groups = bodies(render(comparisonTable(compared('kserve', 'triton-inference-server'), labels)));
    expect(groups.map((group) => /scope="rowgroup"[^>]*>([^<]*)</.exec(group)?.[1])).toEqual([
      'Facts',
      'In their own words',
      'Ecosystem',
    ]);
  });

  it('shows the license with its SPDX id, open-core notes, and the status', () => {
    const facts = bodies(html)[0] ?? '';
    expect(facts).toContain(
      '<tr class="same"><th scope="row">License</th><td>Open source (Apache-2.0)</td><td>Open source (Apache-2.0)</td></tr>',
    );
    expect(facts).toContain(
      '<tr class="differs"><th scope="row">Open core</th><td><span class="unknown">Not recorded</span></td><td>BentoCloud is a paid service.</td></tr>',
    );
    expect(facts).toContain(
      '<tr class="differs"><th scope="row">Status</th><td>Deprecated</td><td>Active</td></tr>',
    );
    expect(facts).toContain('<td><span class="unknown">Unknown</span></td>');
    // A license id without a rated license still says what the license is.
    const idOnly = comparisonTable([tool('a', { licenseId: 'MIT' }), tool('b')], labels);
    expect(idOnly.facts.find((row) => row.label === 'License')?.values).toEqual(['MIT', undefined]);
    // A product whose parts carry different licenses says so, as its page does.
    const parts = comparisonTable(
      [
        tool('server', {
          license: 'open-source',
          licenseId: 'Apache-2.0',
          licenseTerms:
            'open core: main repository Apache-2.0, open source; server SSPL-1.0, not open source',
        }),
        tool('b'),
      ],
      labels,
    );
    expect(parts.facts.find((row) => row.label === 'License')?.values[0]).toBe(
      'Open source; open core: main repository Apache-2.0, open source; server SSPL-1.0, not open source',
    );
    // No open-core row when no compared tool is open core.
    expect(render(comparisonTable(compared('torchserve', 'kserve'), labels))).not.toContain('Open core');
  });

  it('flags a tool that is not active in its column header, with links to its successors', () => {
    const [torchserve, bentoml] = html.match(/<th scope="col">[\s\S]*?<\/th>/g) ?? [];
    expect(torchserve).toBe(
      '<th scope="col"><a href="/tools/torchserve/">TorchServe</a><p class="status-flag"><strong>Deprecated</strong>: consider ' +
        '<a href="/tools/triton-inference-server/">Triton Inference Server</a>, <a href="/tools/kserve/">KServe</a></p></th>',
    );
    expect(bentoml).toBe('<th scope="col"><a href="/tools/bentoml/">BentoML</a></th>');
    // Without successors, the status alone; a status not known is no reason for a flag.
    const flags = comparisonTable(
      [tool('a', { status: 'dormant' }), tool('b', { status: null })],
      labels,
    ).flags;
    expect(flags).toEqual([{ label: 'No recent activity', successors: [] }, undefined]);
    expect(render(comparisonTable([tool('a', { status: 'dormant' }), tool('b')], labels))).toContain(
      '<p class="status-flag"><strong>No recent activity</strong></p>',
    );
  });

  it('flags exactly the statuses the rest of the site warns about, with the same labels', () => {
    for (const status of STATUS_VALUES) {
      const [flag] = comparisonTable([tool('a', { status }), tool('b')], labels).flags;
      expect(flag?.label, status).toBe(statusWarning(status)?.label);
    }
  });

  it('labels values as the rest of the site does, from the maps the browser gets', () => {
    const fromJson = comparisonLabels(JSON.parse(JSON.stringify(LABEL_MAPS)), CATEGORIES, []);
    for (const [group, values] of Object.entries(LABEL_MAPS)) {
      for (const value of Object.keys(values)) {
        const key = group as keyof typeof LABEL_MAPS;
        expect(fromJson.value(key, value)).toBe(
          key === 'pricing' ? PRICING_MODELS[value as PricingModel].label : facetLabel(key, value),
        );
      }
    }
    expect(fromJson.value('status', 'constructor')).toBe('constructor');
    expect(fromJson.category('model-serving')).toBe('Model Serving');
  });

  it('marks capabilities by word and symbol, with the note and source; not recorded is never "no"', () => {
    const capabilities = bodies(html)[1] ?? '';
    expect(capabilities).toContain(
      '<td class="cap cap-yes"><span aria-hidden="true">✓</span> Yes <a href="https://docs.example.dev/" ' +
        'rel="noopener noreferrer" class="cap-source">source<span class="visually-hidden"> for TorchServe: Dynamic batching</span></a></td>' +
        '<td class="cap cap-partial"><span aria-hidden="true">◐</span> Partial<span class="cap-note">adaptive batching</span>',
    );
    expect(capabilities).toContain(
      '<td class="cap cap-unknown"><span aria-hidden="true">?</span> Not recorded</td>',
    );
    expect(capabilities).not.toContain('cap cap-no');
    // Rows where the tools differ are marked; agreeing rows can fold away without a script.
    expect(capabilities.match(/<tr class="differs">/g)).toHaveLength(2);
    expect(html).toContain('<input type="checkbox" data-only-differences>');
  });

  it('shows each tool’s features as its own list, never as aligned rows', () => {
    const ownWords = bodies(html)[2] ?? '';
    expect(ownWords).toContain(
      '<td><ul class="own-features"><li>Model archive</li><li>Dynamic batching</li></ul></td>' +
        '<td><ul class="own-features"><li>Dynamic batching</li><li>Model packaging</li></ul></td>',
    );
  });

  it('offers a remove button per column only when asked', () => {
    expect(html).not.toContain('<button');
    expect(render(table, true)).toContain(
      '<button type="button" class="remove" data-remove="torchserve">Remove TorchServe</button></th>',
    );
  });

  it(
    'is valid HTML',
    async () => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const page = (body: string) =>
        `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
      for (const markup of [html, render(table, true)]) {
        const report = await validator.validateString(page(markup));
        expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual(
          [],
        );
      }
    },
    HEAVY_TEST_TIMEOUT,
  );
});

describe('hostile content in a comparison', () => {
  const hostile = tool('evil', {
    name: `Evil ${SCRIPT}`,
    url: 'javascript:alert(1)',
    repo: 'data:text/html,<script>alert(1)</script>',
    docs: 'https://example.com/"><img src=x onerror=alert(1)>',
    features: [SCRIPT, `" onmouseover="alert(1)`],
    license: `${IMG}`,
    licenseId: `<svg onload=alert(1)>`,
    openCore: IMG,
    status: `<b onclick=alert(1)>`,
    successors: ['successor'],
  });
  const successor = tool('successor', { name: `<iframe src=javascript:alert(1)>` });
  const table = comparisonTable(
    [hostile, tool('plain')],
    comparisonLabels(LABEL_MAPS, CATEGORIES, [successor]),
  );
  const html = compareTableHtml(table, { caption: `Caption ${IMG}`, toolHref, removable: true });

  it('comes out as text, never as markup', () => {
    const tags = tagsOf(html);
    expect(tags.filter((tag) => /^<(script|img|svg|iframe|b)\b/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; (&lt;svg onload=alert(1)&gt;)');
    expect(html).toContain(
      '<strong>&lt;b onclick=alert(1)&gt;</strong>: consider <a href="/tools/successor/">',
    );
    expect(html).toContain('aria-label="Caption &lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('data-remove="evil">Remove Evil &lt;script&gt;');
  });

  it('links only to web addresses', () => {
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(html).toContain('href="https://example.com/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });
});

describe('one renderer for both pages', () => {
  const tools = compared('torchserve', 'bentoml', 'triton-inference-server');
  const table = comparisonTable(tools, labels);
  const caption = 'TorchServe vs BentoML, fact by fact';

  it('the pair pages’ component renders exactly the pure function’s markup', async () => {
    const container = await AstroContainer.create();
    const rendered = await container.renderToString(CompareTable, { props: { table, toolHref, caption } });
    expect(rendered.trim()).toBe(compareTableHtml(table, { caption, toolHref }));
  });

  it('the same input gives the same output, called twice or with labels that went through JSON', () => {
    const again = comparisonTable(
      JSON.parse(JSON.stringify(tools)) as ComparableTool[],
      comparisonLabels(
        JSON.parse(JSON.stringify(LABEL_MAPS)),
        CATEGORIES,
        JSON.parse(JSON.stringify(DIRECTORY)),
      ),
    );
    expect(compareTableHtml(again, { caption, toolHref })).toBe(
      compareTableHtml(table, { caption, toolHref }),
    );
  });
});

/**
 * The /compare/ page's script, run against the smallest stand-in for the browser it needs: it
 * fetches `/tools.json`, reads `?tools=` and writes the table with the shared renderer.
 */
describe('the /compare/ page script', () => {
  type Listener = (event: unknown) => void;
  const nodes = {
    '[data-status]': { textContent: '' },
    '[data-table]': { innerHTML: '', replaceChildren() {} },
  };
  const url = { search: '?tools=torchserve,bentoml', pathname: '/compare/' };
  let page: { connectedCallback(): Promise<void>; listeners: Map<string, Listener> } | undefined;

  // `/tools.json` as the site exports it: nulls for missing values.
  const tools = DIRECTORY.map((entry) => ({
    license: null,
    licenseId: null,
    openCore: null,
    difficulty: null,
    deployment: null,
    status: null,
    repo: null,
    docs: null,
    successors: [],
    ...entry,
  }));

  beforeAll(async () => {
    class FakeElement {
      dataset: Record<string, string> = {
        categories: '/base/data/categories.json',
        toolData: '/base/data/tools/',
        toolBase: '/base/tools/',
        labels: JSON.stringify(LABEL_MAPS),
      };
      listeners = new Map<string, Listener>();
      addEventListener(type: string, listener: Listener) {
        this.listeners.set(type, listener);
      }
      querySelector(selector: string) {
        return (nodes as Record<string, unknown>)[selector] ?? null;
      }
    }
    vi.stubGlobal('HTMLElement', FakeElement);
    vi.stubGlobal('customElements', {
      define: (_name: string, element: new () => NonNullable<typeof page>) => {
        page = new element();
      },
    });
    vi.stubGlobal('window', { addEventListener() {} });
    vi.stubGlobal('location', url);
    vi.stubGlobal('history', {
      pushState: (_state: unknown, _title: string, next: string) => {
        const query = next.indexOf('?');
        url.search = query < 0 ? '' : next.slice(query);
      },
    });
    // The categories file, then one file per compared tool, as the site writes them.
    vi.stubGlobal('fetch', async (source: string) => {
      if (source === '/base/data/categories.json')
        return new Response(JSON.stringify({ categories: CATEGORIES, redirects: [] }));
      const slug = /^\/base\/data\/tools\/([a-z0-9-]+)\.json$/.exec(source)?.[1];
      const tool = tools.find((entry) => entry.slug === slug);
      if (!tool) return new Response('not found', { status: 404 });
      const names = Object.fromEntries(
        tools
          .filter((other) => (tool.successors ?? []).includes(other.slug))
          .map((other) => [other.slug, other.name]),
      );
      return new Response(JSON.stringify({ tool, names }));
    });
    await import('../../src/scripts/compare-page.ts');
    await page?.connectedCallback();
  });

  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('writes the table with the shared renderer, as the pair pages show it', async () => {
    const expected = compareTableHtml(comparisonTable(compared('torchserve', 'bentoml'), labels), {
      caption: 'Side by side, fact by fact',
      toolHref: (slug) => `/base/tools/${slug}/`,
      removable: true,
    });
    expect(nodes['[data-table]'].innerHTML).toBe(expected);
    expect(nodes['[data-status]'].textContent).toBe('Comparing TorchServe, BentoML.');
    // Same markup as the server component's, but for the remove buttons.
    const container = await AstroContainer.create();
    const server = await container.renderToString(CompareTable, {
      props: {
        table: comparisonTable(compared('torchserve', 'bentoml'), labels),
        toolHref: (slug: string) => `/base/tools/${slug}/`,
        caption: 'Side by side, fact by fact',
      },
    });
    expect(nodes['[data-table]'].innerHTML.replace(/<button[^>]*>[^<]*<\/button>/g, '')).toBe(server.trim());
  });

  it('removes a tool from the URL when its button is pressed', async () => {
    const button = { dataset: { remove: 'bentoml' } };
    page?.listeners.get('click')?.({ target: { closest: () => button } });
    await vi.waitFor(() =>
      expect(nodes['[data-status]'].textContent).toContain('Add at least one more tool'),
    );
    expect(url.search).toBe('?tools=torchserve');
    expect(nodes['[data-status]'].textContent).toBe('TorchServe is selected. Add at least one more tool.');
    // A click elsewhere in the page changes nothing.
    page?.listeners.get('click')?.({ target: { closest: () => null } });
    expect(url.search).toBe('?tools=torchserve');
  });
});
