/** The q-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))]!;
}

export interface LoadSummary {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function summarise(latencies: readonly number[], seconds: number, errors: number): LoadSummary {
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

/** One pass of a load: every response time (ms), the failed requests and how long it ran. */
export interface LoadSample {
  latencies: number[];
  errors: number;
  seconds: number;
  /** Failed requests by HTTP status (or "timeout", "connection error"), where the load records them. */
  failures?: Record<string, number>;
}

/** Several passes of one load as one: requests added up, percentiles over every request. */
export function combine(passes: readonly LoadSample[]): LoadSummary {
  return summarise(
    passes.flatMap((p) => p.latencies),
    passes.reduce((sum, p) => sum + p.seconds, 0),
    passes.reduce((sum, p) => sum + p.errors, 0),
  );
}

export interface LatencySummary {
  runs: number;
  p50: number;
  p95: number;
}

export const latencySummary = (samples: readonly number[]): LatencySummary => ({ runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) });

export interface Spread {
  min: number;
  max: number;
}

export const spread = (values: readonly number[]): Spread => ({ min: Math.min(...values), max: Math.max(...values) });

/** How far the passes of one load lie apart: the lowest and highest throughput and percentiles of a single pass. */
export interface PassSpread {
  requestsPerSecond: Spread;
  p95: Spread;
  p99: Spread;
}

export function passSpread(passes: readonly LoadSample[]): PassSpread {
  const each = passes.map((p) => summarise(p.latencies, p.seconds, p.errors));
  return { requestsPerSecond: spread(each.map((e) => e.requestsPerSecond)), p95: spread(each.map((e) => e.p95)), p99: spread(each.map((e) => e.p99)) };
}
