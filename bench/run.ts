/**
 * `npm run bench -- [--concurrency 200] [--seconds 10] [--runs 30] [--passes 2] [--cold-runs 2] [--port 3450] [--workers N] [--only submissions|dashboards]`
 *
 * Measures the product against PostgreSQL itself, side by side in one run (issues 8 and 19):
 * save throughput through the running app vs. the same transactions straight into PostgreSQL;
 * the results API (warm, and cold: the first request after a restart) and the dashboard page vs.
 * the same aggregates in psql, in two organisations of the same shape — 5,000 and 20,000 leaders —
 * to show how each cost grows; the questionnaire's weight and time to usable in a throttled
 * Chromium; and each web worker's peak memory. Every target of issue 19 ends the table with its
 * verdict. Every loop is bounded (by time or count) and all traffic stays on loopback. Writes
 * bench/results/<timestamp>.md|.json and latest.*.
 *
 * The bench database (DATABASE_URL, default ledertrivsel_bench) is created and migrated if
 * missing, and gains whichever measured organisation it lacks; the production build is made if it
 * is missing or stale.
 *
 * The app runs as `npm start` runs it: one worker per core (--workers, default WEB_CONCURRENCY
 * or the cores), each with its own pool (DATABASE_POOL_SIZE, default 10); the direct side gets as
 * many connections as the workers' pools together. `--only submissions` or `--only dashboards`
 * measures that part alone (a shared machine), prints its table and writes
 * bench/results/<timestamp>-<part>.json only — latest.* stays the last full run.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabaseUrl, benchEnv, BIG_ORG_SLUG, DEFAULT_SEED_OPTIONS, sizedOrganisations } from './lib/config';
import { ensureBenchDatabase, isSeeded, missingOrganisations, seedBenchDatabase } from './lib/seed-database';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string' },
    seconds: { type: 'string' },
    runs: { type: 'string' },
    passes: { type: 'string' },
    'cold-runs': { type: 'string' },
    port: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
  },
  strict: true,
});
const concurrency = Number(values.concurrency ?? 200);
const seconds = Number(values.seconds ?? 10);
const runs = Number(values.runs ?? 30);
const passes = Number(values.passes ?? 2);
const coldRuns = Number(values['cold-runs'] ?? 2);
const port = Number(values.port ?? 3450);
const PAGE_LOADS = 3;
if (values.only !== undefined && values.only !== 'submissions' && values.only !== 'dashboards') throw new Error('--only takes "submissions" or "dashboards"');
const only = values.only as 'submissions' | 'dashboards' | undefined;
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
  const missing = await missingOrganisations();
  log(`The bench database lacks ${missing.length ? missing.map((o) => o.slug).join(' and ') : 'pre-aggregated sums'}: seeding with the default shape first (npm run bench:seed) …`);
  const seedStarted = Date.now();
  await seedBenchDatabase(DEFAULT_SEED_OPTIONS, log);
  log(`Seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s.`);
}

// Loaded after the environment points at the bench database.
const { buildIfStale, startServer, memorySampler } = await import('./lib/server');
const { prepareFixtures } = await import('./lib/fixtures');
const { measureSubmissions, submissionsTable } = await import('./lib/submissions-run');
const { measureDashboards } = await import('./lib/dashboard');
const { measureColdStarts } = await import('./lib/cold');
const { timeCloseWork } = await import('./lib/close-cost');
const { measurePageWeight } = await import('./lib/page-weight');
const { organisationCounts } = await import('./lib/counts');
const { dashboardSection, growthSection, toMarkdown } = await import('./lib/report');
const { disconnectDb } = await import('@/lib/platform/db');

buildIfStale(process.env, log);
const measured = sizedOrganisations(DEFAULT_SEED_OPTIONS);
const fixtures = [];
for (const o of measured) {
  const big = o.slug === BIG_ORG_SLUG;
  fixtures.push(await prepareFixtures({ slug: o.slug, apiKeys: 2, leaders: big && only !== 'dashboards' ? concurrency + PAGE_LOADS : 0 }));
}
const bigFixtures = fixtures.find((f) => f.slug === BIG_ORG_SLUG)!;
const serverEnv = { ...process.env, SMTP_URL: 'smtp://127.0.0.1:9', LEDERTRIVSEL_EMBEDDED: '0', WEB_CONCURRENCY: String(workers), DATABASE_POOL_SIZE: String(poolPerWorker) };
const writePart = (part: string, body: object) => {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${startedAt.toISOString().replace(/[:.]/g, '-')}-${part}.json`, `${JSON.stringify({ startedAt, loadAverageAtStart, loadAverageAtEnd: loadavg(), ...body }, null, 2)}\n`);
};

const server = await startServer(serverEnv, port, log);
const memory = memorySampler(server.pid);
let stopped = false;
const stopServer = async () => {
  if (stopped) return;
  stopped = true;
  memory.stop();
  await server.stop();
};
try {
  const submissionOptions = { concurrency, seconds, passes, dbConnections: APP_DB_POOL, pace: PACE, log };
  const submissions = only === 'dashboards' ? null : await measureSubmissions(server.url, bigFixtures, submissionOptions, memory.reset);
  const afterSubmissions = { tree: memory.peakMb(), workers: memory.workers() };
  if (only === 'submissions') {
    console.log(
      `\n${submissionsTable(submissions!, { startedAt, workers, poolPerWorker, loadAverageAtStart, peakRssMb: afterSubmissions.tree, workerPeaksMb: afterSubmissions.workers.map((w) => w.peakRssMb) })}`,
    );
    writePart('submissions', { submissions, memory: afterSubmissions });
    // The rest of the run is skipped; process.exit skips the finally below, so it is done here.
    await stopServer();
    await disconnectDb();
    process.exit(0);
  }

  log(`Dashboards, warm: ${measured.map((o) => o.slug).join(' and ')}, ${passes} passes, ${runs} requests per API view and ${Math.min(runs, 10)} per page, each against the same aggregate in psql …`);
  memory.reset();
  const dashboards = await measureDashboards(server.url, benchDatabaseUrl(), fixtures, { runs, passes, workers, log });
  const afterDashboards = { tree: memory.peakMb(), workers: memory.workers() };
  const closeWorkMs = only === 'dashboards' ? NaN : await timeCloseWork(bigFixtures.organisationId, bigFixtures.closedRoundId);

  let page = null;
  if (only !== 'dashboards') {
    log(`Questionnaire page: ${PAGE_LOADS} cold loads in throttled Chromium …`);
    page = await measurePageWeight(server.url, bigFixtures.linkTokens.slice(concurrency));
  }
  const atEnd = memory.workers();
  const primaryHwmMb = memory.hwmMb();
  await stopServer();

  log(`Results API, cold: ${coldRuns} × ${fixtures.length * 2} restarts, one request each …`);
  const cold = await measureColdStarts(() => startServer(serverEnv, port, () => undefined), fixtures, coldRuns);

  const data = { organisations: await Promise.all(fixtures.map((f) => organisationCounts(f))), answersInDatabase: 0 };
  data.answersInDatabase = data.organisations[0]?.answersInDatabase ?? 0;
  const organisations = data.organisations.map(({ slug, groups, leaders, responsesInRound }) => ({ slug, groups, leaders, responsesInRound }));
  if (only === 'dashboards') {
    const part = { dashboards, cold, closeWorkMs, data: { organisations, answersInDatabase: data.answersInDatabase } };
    console.log(`\n${[...dashboardSection(part), '', ...growthSection(part)].join('\n')}`);
    writePart('dashboards', part);
    await disconnectDb();
    process.exit(0);
  }

  const pgClient = new pg.Client({ connectionString: benchDatabaseUrl() });
  await pgClient.connect();
  const postgres = ((await pgClient.query('SHOW server_version')).rows[0].server_version as string).split(' ')[0];
  await pgClient.end();
  const peak = (list: { pid: number; peakRssMb: number }[], pid: number) => list.find((w) => w.pid === pid)?.peakRssMb ?? 0;
  const workerPids = [...new Set([...afterSubmissions.workers, ...afterDashboards.workers, ...atEnd].map((w) => w.pid))];
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
    data: { organisations, answersInDatabase: data.answersInDatabase },
    server: { workers, poolPerWorker, heapMb: Number(process.env.WEB_WORKER_HEAP_MB) || null },
    submissions: submissions!,
    dashboards,
    cold,
    closeWorkMs,
    page: page!,
    memory: {
      peakRssDuringSubmissionsMb: afterSubmissions.tree,
      peakRssDuringDashboardsMb: afterDashboards.tree,
      vmHwmMb: primaryHwmMb,
      workers: workerPids.map((pid) => ({
        pid,
        peakRssDuringSubmissionsMb: peak(afterSubmissions.workers, pid),
        peakRssDuringDashboardsMb: peak(afterDashboards.workers, pid),
        // A worker replaced during the run has no VmHWM at the end: its sampled peaks stand in.
        vmHwmMb: atEnd.find((w) => w.pid === pid)?.vmHwmMb ?? Math.max(peak(afterSubmissions.workers, pid), peak(afterDashboards.workers, pid)),
      })),
    },
  };
  const markdown = toMarkdown(result);
  mkdirSync('bench/results', { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  for (const name of [stamp, 'latest']) {
    writeFileSync(`bench/results/${name}.md`, markdown);
    writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  }
  console.log(`\n${markdown}`);
  log(`Written bench/results/${stamp}.md|.json and bench/results/latest.md|.json (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all)`);
} finally {
  await stopServer();
  await disconnectDb();
}
process.exit(0);
