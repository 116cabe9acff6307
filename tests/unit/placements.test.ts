import { describe, expect, it } from 'vitest';
import { categoryListing, countByCategory, countFiledIn, placedIn } from '../../src/lib/entries.ts';
import { compareForListing } from '../../src/lib/order.ts';

const tool = (
  name: string,
  category: string,
  subcategory: string,
  extra: Partial<{
    alsoIn: { category: string; subcategory: string }[];
    status: string;
    statusDate: string;
    added: Date;
  }> = {},
) => ({ name, category, subcategory, alsoIn: [], added: new Date('2025-06-19'), ...extra });

const kserve = tool('KServe', 'infrastructure', 'compute', {
  alsoIn: [{ category: 'serving', subcategory: 'servers' }],
});
const bento = tool('BentoML', 'serving', 'servers');
const torch = tool('TorchServe', 'serving', 'servers', { status: 'deprecated', statusDate: '2025-02-28' });
const ray = tool('Ray', 'infrastructure', 'compute');

describe('placements', () => {
  it('lists a tool in its own category and in every category it is also placed in', () => {
    expect(placedIn('serving', [kserve, bento, torch, ray]).map((entry) => entry.name)).toEqual([
      'KServe',
      'BentoML',
      'TorchServe',
    ]);
    expect(placedIn('serving', [kserve])[0]?.subcategory).toBe('servers');
    expect(placedIn('infrastructure', [kserve])[0]?.subcategory).toBe('compute');
  });

  it('counts a placed tool in both categories, once each', () => {
    const twice = { ...kserve, alsoIn: [...kserve.alsoIn, { category: 'serving', subcategory: 'other' }] };
    expect(Object.fromEntries(countByCategory([twice, bento, ray]))).toEqual({
      infrastructure: 2,
      serving: 2,
    });
    // Filed counts add up to the number of tools: what a total beside them can say.
    expect(Object.fromEntries(countFiledIn([twice, bento, ray]))).toEqual({ infrastructure: 2, serving: 1 });
  });
});

describe('listing order', () => {
  it('puts tools that ended after the others, each part A to Z', () => {
    expect([torch, bento, kserve].sort(compareForListing).map((entry) => entry.name)).toEqual([
      'BentoML',
      'KServe',
      'TorchServe',
    ]);
    const listing = categoryListing(
      [{ id: 'servers', name: 'Servers' }],
      placedIn('serving', [torch, kserve, bento]),
    );
    expect(listing.map((entry) => entry.name)).toEqual(['BentoML', 'KServe', 'TorchServe']);
  });
});
