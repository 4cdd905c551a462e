// Timing helpers for the benchmarks: median, min and max of several runs after a warm-up.

export interface Figure {
  /** What is measured. */
  figure: string;
  /** The input size, in words ("100k claims"). */
  size: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  /** Extra numbers worth printing (memory, ratios). */
  extra?: Record<string, number | string>;
  /** A budget: PASS or FAIL against it. */
  budget?: { limit: number; pass: boolean; text: string };
}

export function timeRuns(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function summary(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
