import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

/** Returns the p-th percentile (0-100) of ascending `sorted` values by the nearest-rank method. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;

  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export function summarize(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), count: sorted.length };
}

/** Runs `action` once and returns its result with the elapsed wall time in milliseconds. */
export async function timed<T>(action: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const started = performance.now();
  const result = await action();
  return { result, milliseconds: performance.now() - started };
}
