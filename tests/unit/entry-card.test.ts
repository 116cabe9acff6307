import { describe, expect, it } from 'vitest';
import { attributes } from '../../src/lib/html.ts';
import { badgeListHtml, entryCardHtml, memoizedCardHtml, type CardEntry } from '../../src/lib/entry-card.ts';
import { badgesOf } from '../../src/lib/entries.ts';
import type { UpstreamView } from '../../src/lib/upstream-view.ts';

const upstream = (overrides: Partial<UpstreamView>): UpstreamView => ({
  stars: 21_234,
  latestRelease: null,
  lastPush: '2026-11-03',
  pushKind: 'push',
  archived: false,
  licenseId: null,
  asOf: '2026-12-01',
  source: 'github-api',
  missingSince: null,
  nameWithOwner: null,
  ...overrides,
});

const tool: CardEntry = {
  name: 'Serve & Co',
  description: 'Serves models',
  license: 'open-source',
  difficulty: 'beginner',
  status: 'active',
};

/** The text a reader sees, tags removed. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('entryCardHtml', () => {
  it('keeps what a reader needs to choose: name linking to its page, one line, badges', () => {
    const html = entryCardHtml(tool, { href: '/tools/serve/', listing: '/tools/', headingLevel: 2 });
    expect(html).toMatch(/^<article class="card">.*<\/article>$/);
    expect(html).toContain('<h2 class="card-name"><a href="/tools/serve/">Serve &amp; Co</a></h2>');
    expect(html).toContain('<p class="card-description">Serves models</p>');
    expect(html).toContain('href="/tools/license/open-source/"');
    expect(html).toContain('href="/tools/difficulty/beginner/"');
    expect(html).not.toContain('card-status');
    expect(html).not.toContain('title=');
  });

  it('says when a tool is not active, or archived upstream before its entry says so', () => {
    expect(text(entryCardHtml({ ...tool, status: 'dormant' }))).toContain('No recent activity');
    const archived = entryCardHtml({ ...tool, upstream: upstream({ archived: true }) });
    expect(archived).toContain('data-archived-upstream');
    expect(text(archived)).toContain('Archived upstream');
    const recorded = entryCardHtml({ ...tool, status: 'archived', upstream: upstream({ archived: true }) });
    expect(recorded).not.toContain('data-archived-upstream');
  });

  it('shows compact stars and the month of the latest sign of life, or nothing when none was collected', () => {
    const html = entryCardHtml({
      ...tool,
      upstream: upstream({ latestRelease: { tag: 'v2', date: '2026-12-01' } }),
    });
    expect(text(html)).toContain('★ 21.2k stars on GitHub');
    expect(html).toContain('Released <time datetime="2026-12">Dec 2026</time>');
    const snapshot = entryCardHtml({ ...tool, upstream: upstream({ stars: null, pushKind: 'commit' }) });
    expect(text(snapshot)).toContain('Last commit Nov 2026');
    expect(snapshot).not.toContain('★');
    expect(entryCardHtml(tool)).not.toContain('card-upstream');
  });

  it('offers a compare toggle, an eyebrow and filter values only when asked', () => {
    const plain = entryCardHtml(tool);
    expect(plain).not.toContain('compare-toggle');
    expect(plain).not.toContain('card-eyebrow');
    expect(plain).toContain('<h3 class="card-name">Serve &amp; Co</h3>');
    const full = entryCardHtml(tool, {
      compareSlug: 'serve',
      eyebrow: 'Model Serving',
      filterData: { 'data-license': 'open-source' },
    });
    expect(full).toContain('data-compare-toggle="serve"');
    expect(full).toContain('<p class="card-eyebrow">Model Serving</p>');
    expect(full).toMatch(/^<article class="card" data-filter-item data-license="open-source">/);
  });
});

describe('badgeListHtml', () => {
  it('links each badge to its filtered listing, not-rated where there is none, plain text without a listing', () => {
    const badges = badgesOf({ license: 'commercial' });
    const linked = badgeListHtml(badges, '/tools/');
    expect(linked).toContain('href="/tools/license/commercial/"');
    expect(linked).toContain('href="/tools/difficulty/not-rated/"');
    expect(badgeListHtml(badges, undefined)).not.toContain('<a ');
    expect(badgeListHtml(badges, undefined, { title: true })).toContain('title="');
  });
});

describe('attributes', () => {
  it('writes values escaped, true as a bare name, and leaves out undefined and false', () => {
    expect(attributes({ href: '/a?b="c"', hidden: true, title: undefined, open: false })).toBe(
      ' href="/a?b=&quot;c&quot;" hidden',
    );
  });
});

describe('a card reused across listings', () => {
  it('is written once per entry and variant', () => {
    const first = { name: 'A' };
    const second = { name: 'A' };
    let written = 0;
    const render = (text: string) => () => `${text}${++written}`;
    expect(memoizedCardHtml(first, 'compare|2|Serving', render('card'))).toBe('card1');
    expect(memoizedCardHtml(first, 'compare|2|Serving', render('card'))).toBe('card1');
    expect(memoizedCardHtml(first, 'compare|3|', render('card'))).toBe('card2');
    // Another entry with equal fields is another tool: its own card.
    expect(memoizedCardHtml(second, 'compare|2|Serving', render('card'))).toBe('card3');
    expect(written).toBe(3);
  });
});
