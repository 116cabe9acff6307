import { describe, expect, it } from 'vitest';
import { formatPairedRatio, median, pairedRatio } from '../../scripts/lib/paired-ratio.ts';

describe("the bench's build time over its floor, run by run", () => {
  it('takes the median of an odd and of an even number of values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('pairs each run with the floor built right after it', () => {
    // A machine that slows down in the middle run slows its build and its floor alike.
    const ratio = pairedRatio([10, 20, 11], [5, 10, 5]);
    expect(ratio).toEqual({ median: 2, min: 2, max: 2.2 });
    // The ratio of the medians would read 11 / 5 = 2.2×.
    expect(median([10, 20, 11]) / median([5, 10, 5])).toBe(2.2);
  });

  it('refuses runs without a floor each', () => {
    expect(() => pairedRatio([10, 20], [5])).toThrow(/one floor per run/);
    expect(() => pairedRatio([], [])).toThrow(/one floor per run/);
  });

  it('writes the median and the range', () => {
    expect(formatPairedRatio({ median: 2.25, min: 2.121, max: 2.43 })).toBe('2.25× (2.12–2.43×)');
    expect(formatPairedRatio({ median: 2, min: 2, max: 2 })).toBe('2.00×');
  });
});
