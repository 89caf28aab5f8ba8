import { loadavg } from 'node:os';
import { benchDatabaseUrl } from './config';
import type { BenchFixtures } from './fixtures';
import { combine, passSpread, spread, type LoadSample, type LoadSummary, type PassSpread, type Spread } from './stats';
import { appSubmissions, directSubmissions, pacedAppSubmissions, type Pace } from './submissions';

export interface SubmissionsResult {
  concurrency: number;
  secondsPerPass: number;
  passes: number;
  app: LoadSummary;
  direct: LoadSummary;
  appPasses: PassSpread;
  directPasses: PassSpread;
  /** app / direct throughput of each pair of passes. */
  ratioPasses: Spread;
  failures: Record<string, number>;
  dbConnections: number;
  paced: { secondsBetweenRequests: number; app: LoadSummary; direct: LoadSummary };
}

/**
 * Saves of the big organisation's open round: through the app (real personal links) and the same
 * transactions straight into PostgreSQL, closed loop in alternating passes, then paced.
 * `afterWarmUp` is called once the app's 3 s warm-up is done (the memory peaks start there).
 */
export async function measureSubmissions(
  baseUrl: string,
  f: BenchFixtures,
  options: { concurrency: number; seconds: number; passes: number; dbConnections: number; pace: Pace; log: (message: string) => void },
  afterWarmUp: () => void,
): Promise<SubmissionsResult> {
  const { concurrency, seconds, passes, dbConnections, pace, log } = options;
  const tokens = f.linkTokens.slice(0, concurrency);
  const directTargets = f.direct.slice(0, concurrency);
  const round = { organisationId: f.organisationId, roundId: f.openRoundId };
  log(`Saves: ${concurrency} concurrent leaders, app and direct alternating, ${passes} × ${seconds} s each (after a 3 s warm-up) …`);
  await appSubmissions(baseUrl, tokens, 3);
  afterWarmUp();
  const app: LoadSample[] = [];
  const direct: LoadSample[] = [];
  for (let pass = 0; pass < passes; pass++) {
    app.push(await appSubmissions(baseUrl, tokens, seconds));
    direct.push(await directSubmissions(benchDatabaseUrl(), dbConnections, round, directTargets, seconds));
  }
  log(`Saves paced: ${concurrency} leaders, one request each every ${pace.secondsBetweenRequests} s, app then direct, ${seconds} s each …`);
  const pacedApp = await pacedAppSubmissions(baseUrl, tokens, seconds, pace);
  const pacedDirect = await directSubmissions(benchDatabaseUrl(), dbConnections, round, directTargets, seconds, pace);
  const failures: Record<string, number> = {};
  for (const pass of [...app, pacedApp]) for (const [status, n] of Object.entries(pass.failures ?? {})) failures[status] = (failures[status] ?? 0) + n;
  return {
    concurrency,
    secondsPerPass: seconds,
    passes,
    app: combine(app),
    direct: combine(direct),
    appPasses: passSpread(app),
    directPasses: passSpread(direct),
    ratioPasses: spread(app.map((a, i) => a.latencies.length / a.seconds / (direct[i]!.latencies.length / direct[i]!.seconds))),
    failures,
    dbConnections,
    paced: { secondsBetweenRequests: pace.secondsBetweenRequests, app: combine([pacedApp]), direct: combine([pacedDirect]) },
  };
}

/** The table `--only submissions` prints. */
export function submissionsTable(
  s: SubmissionsResult,
  run: { startedAt: Date; workers: number; poolPerWorker: number; loadAverageAtStart: number[]; peakRssMb: number; workerPeaksMb: number[] },
): string {
  const row = (name: string, l: LoadSummary) => `| ${name} | ${l.requests} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50.toFixed(0)} | ${l.p95.toFixed(0)} | ${l.p99.toFixed(0)} | ${l.errors} |`;
  const failures = Object.entries(s.failures);
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  return [
    `Submissions only, ${run.startedAt.toISOString()}: ${s.concurrency} leaders, ${run.workers} worker(s) × ${run.poolPerWorker} connections, ${s.passes} × ${s.secondsPerPass} s; load average ${load(run.loadAverageAtStart)} at start, ${load(loadavg())} at end; ` +
      `peak RSS ${run.peakRssMb.toFixed(0)} MB in all, per worker ${run.workerPeaksMb.map((v) => `${v.toFixed(0)} MB`).join(', ')}`,
    '',
    '| | requests | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('app, closed loop', s.app),
    row(`direct, closed loop (${s.dbConnections} connections)`, s.direct),
    row('app, paced', s.paced.app),
    row('direct, paced', s.paced.direct),
    '',
    `app / direct, closed loop: ${(s.app.requestsPerSecond / s.direct.requestsPerSecond).toFixed(2)}× (passes ${s.ratioPasses.min.toFixed(2)}–${s.ratioPasses.max.toFixed(2)}×); app p99 per pass ${s.appPasses.p99.min.toFixed(0)}–${s.appPasses.p99.max.toFixed(0)} ms; failures by status: ${failures.length ? failures.map(([k, n]) => `${k}: ${n}`).join(', ') : 'none'}`,
  ].join('\n');
}
