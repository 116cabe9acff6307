/** The tool page's parts that show ownership and open core, rendered with Astro's container. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BadgeList from '../../src/components/BadgeList.astro';
import ToolBackers from '../../src/components/ToolBackers.astro';

describe('who stands behind a tool, on its page', () => {
  it('says the latest ownership change in words and lists the history with its sources', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ToolBackers, {
      props: {
        listing: '/tools/',
        maintainer: {
          name: 'Ray project',
          kind: 'foundation',
          foundation: 'PyTorch Foundation',
          joined: 2025,
        },
        history: [
          {
            event: 'joined-foundation',
            party: 'PyTorch Foundation',
            date: '2025-10',
            source: 'https://example.org/blog/welcomes-ray',
          },
        ],
      },
    });
    expect(html).toContain('In the PyTorch Foundation since 2025');
    expect(html).toMatch(
      /Joined PyTorch Foundation \(2025-10\) · <a[^>]+href="https:\/\/example\.org\/blog\/welcomes-ray"/,
    );
    expect(html).toContain('href="/tools/maintainer/foundation/"');
  });

  it('shows no history part for a tool without one', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ToolBackers, {
      props: { listing: '/tools/', maintainer: { name: 'BentoML', kind: 'vendor' } },
    });
    expect(html).not.toContain('data-history');
    expect(html).not.toContain('data-ownership');
  });

  it('says open core on the license badge when a part is not open source', async () => {
    const container = await AstroContainer.create();
    const entry = { license: 'open-source' as const, difficulty: 'beginner' as const };
    expect(await container.renderToString(BadgeList, { props: { entry, openCore: true } })).toContain(
      'Open source, open core',
    );
    expect(await container.renderToString(BadgeList, { props: { entry } })).not.toContain('open core');
  });
});
