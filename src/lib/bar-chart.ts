export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** The listing that shows exactly these tools, when there is one. */
  readonly href?: string | undefined;
}

export interface Bar extends BarDatum {
  /** Length of the bar as a percentage of the longest one (0–100, at least 1 for a non-zero value). */
  readonly percent: number;
}

/**
 * The rows of a horizontal bar chart: the largest first when `order` is 'size' (ties keep their
 * given order), else in the given order (for ordinal data such as time ranges); each bar's length
 * relative to the largest value.
 */
export function barRows(data: readonly BarDatum[], order: 'size' | 'given' = 'given'): Bar[] {
  const rows = order === 'size' ? [...data].sort((a, b) => b.value - a.value) : [...data];
  const max = Math.max(1, ...rows.map((datum) => datum.value));
  return rows.map((datum) => ({
    ...datum,
    percent: datum.value === 0 ? 0 : Math.max(1, Math.round((datum.value / max) * 100)),
  }));
}
