import { describe, expect, it } from 'vitest';
import { pageKind, routeTimes } from '../../scripts/lib/route-times.ts';

const slugs = new Set(['mlflow', 'feast']);

describe('where rendering time goes', () => {
  it('tells tool pages from tool listings and names other pages by their folder', () => {
    expect(pageKind('/tools/mlflow/index.html', slugs)).toBe('tool pages');
    expect(pageKind('/tools/index.html', slugs)).toBe('tool listings');
    expect(pageKind('/tools/license/open-source/index.html', slugs)).toBe('tool listings');
    // A badge value that happens to share a slug's name is still a listing.
    expect(pageKind('/tools/feast/page/2/index.html', slugs)).toBe('tool listings');
    expect(pageKind('/categories/model-serving/page/2/index.html', slugs)).toBe('category listings');
    expect(pageKind('/compare/feast-vs-tecton/index.html', slugs)).toBe('comparisons');
    expect(pageKind('/data/listing/all/name.json', slugs)).toBe('data files');
    expect(pageKind('/guides/deployment-checklist/index.html', slugs)).toBe('/guides/');
    expect(pageKind('/index.html', slugs)).toBe('top-level pages and files');
  });

  it('sums Astro’s logged page times by kind, the costliest first', () => {
    const log = [
      '10:00:01 ▶ src/pages/tools/[slug].astro',
      '10:00:01   ├─ /tools/mlflow/index.html (+5ms) ',
      '10:00:01   └─ /tools/feast/index.html (+7ms) ',
      '10:00:02   ├─ /tools/page/2/index.html (+20ms) ',
      '10:00:02   ├─ /compare/feast-vs-tecton/index.html (+3ms) ',
      '10:00:02 ✓ Completed in 1.20s.',
    ].join('\n');
    expect(routeTimes(log, slugs)).toEqual([
      { kind: 'tool listings', pages: 1, milliseconds: 20 },
      { kind: 'tool pages', pages: 2, milliseconds: 12 },
      { kind: 'comparisons', pages: 1, milliseconds: 3 },
    ]);
    expect(routeTimes('no pages here', slugs)).toEqual([]);
  });
});
