/**
 * The build's time over its floor, run by run. `npm run bench` builds each floor right after each
 * build, so a run's two times share the machine's load of that moment: the median of those
 * paired ratios follows the code, where the ratio of two medians also follows how the load
 * drifted between runs (on a shared machine, one run of +1,000 tools gave 1.85× and the next
 * 2.53×).
 */
export interface PairedRatio {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** `times[i] / floors[i]` for each run, summarised; the two lists hold one value per run. */
export function pairedRatio(times: readonly number[], floors: readonly number[]): PairedRatio {
  if (times.length === 0 || times.length !== floors.length)
    throw new Error(`paired ratios need one floor per run (${times.length} runs, ${floors.length} floors)`);
  const ratios = times.map((time, run) => time / (floors[run] ?? Number.NaN));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** "2.25× (2.12–2.43×)", or "2.25×" for a single run. */
export function formatPairedRatio({ median: middle, min, max }: PairedRatio): string {
  return min === max
    ? `${middle.toFixed(2)}×`
    : `${middle.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)}×)`;
}
