import { describe, expect, it } from 'vitest';
import { badgesOf } from '../../src/lib/entries.ts';
import { capabilitiesHtml, relatedToolsHtml, sourcesHtml } from '../../src/lib/tool-page-blocks.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('capabilitiesHtml', () => {
  const lines = [
    { id: 'a', name: 'Batching', definition: 'Groups <requests>.' },
    {
      id: 'b',
      name: 'gRPC',
      definition: 'Serves gRPC.',
      recorded: { value: 'yes' as const, source: 'https://docs.example.dev/grpc', note: 'since v2' },
    },
  ];

  it('counts what is recorded, says "not recorded" for the rest, and links each value to its source', () => {
    const html = capabilitiesHtml('Model Serving', lines);
    expect(text(html)).toContain('What Model Serving tools are compared on; 1 of 2 recorded with a source.');
    expect(html).toContain('<li class="cap-unknown">');
    expect(text(html)).toContain('? Not recorded Batching');
    expect(html).toContain('title="Groups &lt;requests&gt;."');
    expect(html).toContain('<li class="cap-yes">');
    expect(html).toContain(
      '<a href="https://docs.example.dev/grpc" rel="noopener noreferrer" class="tool-capability-source">docs.example.dev',
    );
    expect(text(html)).toContain('gRPC: since v2');
  });

  it('is nothing for a job without a capability model', () => {
    expect(capabilitiesHtml('Model Serving', [])).toBe('');
  });
});

describe('sourcesHtml', () => {
  it('lists each source by host and path, with the day they were checked', () => {
    const html = sourcesHtml(['https://www.example.com/a?b=1'], '2026-12-01');
    expect(text(html)).toContain('Sources of these facts (1), checked 2026-12-01');
    expect(html).toContain(
      'href="https://www.example.com/a?b=1" rel="noopener noreferrer">example.com/a</a>',
    );
    expect(sourcesHtml([])).toBe('');
  });
});

describe('relatedToolsHtml', () => {
  it('names each tool with its line, status and rated badges, escaped', () => {
    const html = relatedToolsHtml('Other <Serving> tools', [
      {
        name: 'A & B',
        href: '/tools/a-b/',
        description: 'Serves',
        badges: badgesOf({ license: 'open-source' }).filter((badge) => badge.value !== undefined),
        warning: { icon: '⛔', label: 'Discontinued' },
      },
    ]);
    expect(html).toContain('<h2 id="related">Other &lt;Serving&gt; tools</h2>');
    expect(html).toContain('<a class="related-name" href="/tools/a-b/">A &amp; B</a>');
    expect(text(html)).toContain('Discontinued');
    expect(text(html)).toContain('Open source');
    expect(text(html)).not.toContain('rated');
  });
});
