/** Small statistics for the server bench: nearest-rank percentiles and medians. */

export interface Spread {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

/** Nearest-rank percentile of values already sorted ascending; NaN when there are none. */
function rank(sorted: number[], percent: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: rank(sorted, 50), p99: rank(sorted, 99), max: sorted.at(-1) ?? Number.NaN, count: sorted.length };
}

/** Nearest-rank percentile (0 to 100) of values in any order; NaN when there are none. */
export function percentile(values: number[], percent: number): number {
  return rank([...values].sort((a, b) => a - b), percent);
}

export function median(values: number[]): number {
  return rank([...values].sort((a, b) => a - b), 50);
}
