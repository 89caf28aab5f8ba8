/**
 * `npm run bench -- [--concurrency 200] [--seconds 10] [--runs 30] [--port 3450] [--workers N] [--only submissions]`
 *
 * Measures the product against PostgreSQL itself, side by side in one run (issue 8): submission
 * throughput through the running app vs. the same transactions straight into PostgreSQL, results
 * API and dashboard vs. the same aggregate in psql, the questionnaire's weight and time to usable
 * in a throttled Chromium, and the server's peak memory. Every loop is bounded (by time or count)
 * and all traffic stays on loopback. Writes bench/results/<timestamp>.md|.json and latest.*.
 *
 * The bench database (DATABASE_URL, default ledertrivsel_bench) is created, migrated and seeded
 * with the default shape if it holds no benchmark organisation yet; the production build is made
 * if it is missing or stale.
 *
 * The app runs as `npm start` runs it: one worker per core (--workers, default WEB_CONCURRENCY
 * or the cores), each with its own pool (DATABASE_POOL_SIZE, default 10); the direct side gets as
 * many connections as the workers' pools together. `--only submissions` measures the submissions and nothing else (a
 * shared machine; issue 19), printing its table and writing bench/results/<timestamp>-submissions.json
 * only — latest.* stays the last full run.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabaseUrl, benchEnv, BIG_ORG_SLUG, DEFAULT_SEED_OPTIONS } from './lib/config';
import { ensureBenchDatabase, isSeeded, seedBenchDatabase } from './lib/seed-database';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    seconds: { type: 'string' },
    runs: { type: 'string' },
    port: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
  },
  strict: true,
});
const concurrency = Number(values.concurrency ?? 200);
const seconds = Number(values.seconds ?? 10);
const runs = Number(values.runs ?? 30);
const port = Number(values.port ?? 3450);
const PASSES = 2;
const PAGE_LOADS = 3;
if (values.only !== undefined && values.only !== 'submissions') throw new Error('--only takes "submissions"');
const onlySubmissions = values.only === 'submissions';
const workers = Number(values.workers ?? process.env.WEB_CONCURRENCY ?? cpus().length);
/** Each worker's pool as `npm start` sizes it (scripts/web-workers.ts: 10 for a few workers); the direct side gets as many connections as all of them. */
const poolPerWorker = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const APP_DB_POOL = workers * poolPerWorker;
/** A leader autosaving as they answer: 32 questions in 5–8 minutes is a save every 10–15 s; every 5 s is a busy morning. */
const PACE = { secondsBetweenRequests: 5 };

const log = (message: string) => console.log(`[bench] ${message}`);
const startedAt = new Date();
const loadAverageAtStart = loadavg();

await ensureBenchDatabase({ reset: false, log });
if (!(await isSeeded())) {
  log('The bench database is empty: seeding it with the default shape first (npm run bench:seed).');
  await seedBenchDatabase(DEFAULT_SEED_OPTIONS, log);
}

// Loaded after the environment points at the bench database.
const { buildIfStale, startServer, memorySampler } = await import('./lib/server');
const { prepareFixtures } = await import('./lib/fixtures');
const { appSubmissions, directSubmissions, pacedAppSubmissions } = await import('./lib/submissions');
const { measureDashboards } = await import('./lib/dashboard');
const { timeCloseWork } = await import('./lib/close-cost');
const { measurePageWeight } = await import('./lib/page-weight');
const { combine } = await import('./lib/stats');
const { toMarkdown } = await import('./lib/report');
const { disconnectDb } = await import('@/lib/platform/db');

buildIfStale(process.env, log);
const fixtures = await prepareFixtures({ apiKeys: 2, leaders: concurrency + PAGE_LOADS });
const loadTokens = fixtures.linkTokens.slice(0, concurrency);
const pageTokens = fixtures.linkTokens.slice(concurrency);
const server = await startServer(
  { ...process.env, SMTP_URL: 'smtp://127.0.0.1:9', LEDERTRIVSEL_EMBEDDED: '0', WEB_CONCURRENCY: String(workers), DATABASE_POOL_SIZE: String(poolPerWorker) },
  port,
  log,
);
const memory = memorySampler(server.pid);

try {
  log(`Submissions: ${concurrency} concurrent leaders, app and direct alternating, ${PASSES} × ${seconds} s each (after a 3 s warm-up) …`);
  await appSubmissions(server.url, loadTokens, 3);
  memory.reset();
  const app = [];
  const direct = [];
  for (let pass = 0; pass < PASSES; pass++) {
    app.push(await appSubmissions(server.url, loadTokens, seconds));
    direct.push(await directSubmissions(benchDatabaseUrl(), APP_DB_POOL, { organisationId: fixtures.organisationId, roundId: fixtures.openRoundId }, fixtures.direct.slice(0, concurrency), seconds));
  }
  log(`Submissions paced: ${concurrency} leaders, one request each every ${PACE.secondsBetweenRequests} s, app then direct, ${seconds} s each …`);
  const pacedApp = await pacedAppSubmissions(server.url, loadTokens, seconds, PACE);
  const pacedDirect = await directSubmissions(
    benchDatabaseUrl(),
    APP_DB_POOL,
    { organisationId: fixtures.organisationId, roundId: fixtures.openRoundId },
    fixtures.direct.slice(0, concurrency),
    seconds,
    PACE,
  );
  const peakRssDuringSubmissionsMb = memory.peakMb();
  if (onlySubmissions) {
    const submissions = { concurrency, workers, poolPerWorker, app: combine(app), direct: combine(direct), paced: { app: combine([pacedApp]), direct: combine([pacedDirect]) } };
    const failures = [...app, pacedApp].flatMap((pass) => Object.entries(pass.failures ?? {}));
    const row = (name: string, x: typeof submissions.app) =>
      `| ${name} | ${x.requests} | ${x.requestsPerSecond.toFixed(0)} | ${x.p50.toFixed(0)} | ${x.p95.toFixed(0)} | ${x.p99.toFixed(0)} | ${x.errors} |`;
    const lines = [
      `Submissions only, ${startedAt.toISOString()}: ${concurrency} leaders, ${workers} worker(s) × ${poolPerWorker} connections, ${PASSES} × ${seconds} s; load average ${loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at end; peak RSS ${peakRssDuringSubmissionsMb.toFixed(0)} MB`,
      '',
      '| | requests | req/s | p50 ms | p95 ms | p99 ms | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('app, closed loop', submissions.app),
      row(`direct, closed loop (${APP_DB_POOL} connections)`, submissions.direct),
      row('app, paced', submissions.paced.app),
      row('direct, paced', submissions.paced.direct),
      '',
      `app / direct, closed loop: ${(submissions.app.requestsPerSecond / submissions.direct.requestsPerSecond).toFixed(2)}×; failures by status: ${failures.length ? failures.map(([k, n]) => `${k}: ${n}`).join(', ') : 'none'}`,
    ];
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      `bench/results/${startedAt.toISOString().replace(/[:.]/g, '-')}-submissions.json`,
      `${JSON.stringify({ startedAt, loadAverageAtStart, loadAverageAtEnd: loadavg(), submissions }, null, 2)}\n`,
    );
    console.log(`\n${lines.join('\n')}`);
    // The rest of the run is skipped; process.exit skips the finally below, so it is done here.
    memory.stop();
    await server.stop();
    await disconnectDb();
    process.exit(0);
  }
  log(`Dashboards: ${runs} requests per view, each against the same aggregate in psql …`);
  memory.reset();
  const dashboards = await measureDashboards(server.url, benchDatabaseUrl(), fixtures, runs);
  const peakRssDuringDashboardsMb = memory.peakMb();
  const closeWorkMs = await timeCloseWork(fixtures.organisationId, fixtures.closedRoundId);

  log(`Questionnaire page: ${PAGE_LOADS} cold loads in throttled Chromium …`);
  const page = await measurePageWeight(server.url, pageTokens);

  const counts = await scopedDb(fixtures.organisationId).$queryRaw<{ groups: number; leaders: number; responses: number; answers: number }[]>`
    SELECT (SELECT count(*)::int FROM "RoundGroup" WHERE "roundId" = ${fixtures.closedRoundId}::uuid) AS groups,
           (SELECT count(*)::int FROM "Leader" WHERE "organisationId" = ${fixtures.organisationId}::uuid) AS leaders,
           (SELECT count(*)::int FROM "Response" WHERE "roundId" = ${fixtures.closedRoundId}::uuid AND status = 'SUBMITTED') AS responses,
           (SELECT reltuples::int FROM pg_class WHERE relname = 'Answer') AS answers`;
  const pgClient = new pg.Client({ connectionString: benchDatabaseUrl() });
  await pgClient.connect();
  const postgres = ((await pgClient.query('SHOW server_version')).rows[0].server_version as string).split(' ')[0];
  await pgClient.end();

  const result = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: totalmem() / 1024 ** 3,
      node: process.versions.node,
      postgres: `PostgreSQL ${postgres}`,
      loadAverageAtStart,
      loadAverageAtEnd: loadavg(),
    },
    data: { organisation: BIG_ORG_SLUG, groups: counts[0]!.groups, leaders: counts[0]!.leaders, responsesInRound: counts[0]!.responses, answersInDatabase: counts[0]!.answers },
    submissions: {
      concurrency,
      secondsPerPass: seconds,
      passes: PASSES,
      app: combine(app),
      direct: combine(direct),
      dbConnections: APP_DB_POOL,
      paced: { secondsBetweenRequests: PACE.secondsBetweenRequests, app: combine([pacedApp]), direct: combine([pacedDirect]) },
    },
    dashboards,
    closeWorkMs,
    page,
    memory: { peakRssDuringSubmissionsMb, peakRssDuringDashboardsMb, vmHwmMb: memory.hwmMb() },
  };
  const markdown = toMarkdown(result);
  mkdirSync('bench/results', { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  for (const name of [stamp, 'latest']) {
    writeFileSync(`bench/results/${name}.md`, markdown);
    writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  }
  console.log(`\n${markdown}`);
  log(`Written bench/results/${stamp}.md|.json and bench/results/latest.md|.json`);
} finally {
  memory.stop();
  await server.stop();
  await disconnectDb();
}
process.exit(0);
