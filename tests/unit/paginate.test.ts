import { describe, expect, it } from 'vitest';
import {
  pageCount,
  pageHref,
  pageLinks,
  pageOfIndex,
  pageSuffix,
  pageSlice,
} from '../../src/lib/paginate.ts';

describe('pagination', () => {
  it('splits a listing into pages, page 1 at the listing itself', () => {
    expect(pageCount(0, 40)).toBe(1);
    expect(pageCount(40, 40)).toBe(1);
    expect(pageCount(41, 40)).toBe(2);
    expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageHref('/tools/', 1)).toBe('/tools/');
    expect(pageHref('/tools/', 3)).toBe('/tools/page/3/');
    expect(pageOfIndex(0, 40)).toBe(1);
    expect(pageOfIndex(40, 40)).toBe(2);
    expect(pageSuffix(1, 1)).toBe('');
    expect(pageSuffix(2, 3)).toBe(', page 2 of 3');
  });

  it('links the first, last and nearby pages, with gaps', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageLinks(2, 9)).toEqual([1, 2, 3, 4, 'gap', 9]);
  });
});
