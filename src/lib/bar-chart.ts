export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly (BarDatum & { y: number; barWidth: number; labelY: number })[];
}

/**
 * Geometry of a horizontal bar chart drawn as SVG at build time: one row per datum, bar
 * length proportional to the largest value.
 */
export function barLayout(
  data: readonly BarDatum[],
  options: { width?: number; row?: number; labelWidth?: number } = {},
): BarLayout {
  const width = options.width ?? 640;
  const row = options.row ?? 32;
  const labelWidth = options.labelWidth ?? 220;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const room = width - labelWidth - 48;
  return {
    width,
    height: data.length * row + 8,
    bars: data.map((datum, index) => ({
      ...datum,
      y: index * row + 4,
      barWidth: Math.round((datum.value / max) * room),
      labelY: index * row + 4 + row / 2,
    })),
  };
}
