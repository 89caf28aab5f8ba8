/**
 * `npx tsx --conditions=react-server bench/dashboards.ts [--runs 30] [--port 3451]`
 *
 * Only the dashboards part of `npm run bench` (bench/lib/dashboard.ts), for work on the read
 * path: the results API (one directorate, whole organisation) and the dashboard pages against the
 * same aggregates in psql — plus each API view's first request after the server started (cold).
 * Uses the bench database as `npm run bench` does (seeded already: `npm run bench:seed`); writes
 * nothing but its table to stdout.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchDatabaseUrl, benchEnv } from './lib/config';
import { ensureBenchDatabase, isSeeded } from './lib/seed-database';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({ options: { runs: { type: 'string' }, port: { type: 'string' } }, strict: true });
const runs = Number(values.runs ?? 30);
const port = Number(values.port ?? 3451);
const log = (message: string) => console.log(`[bench:dashboards] ${message}`);

await ensureBenchDatabase({ reset: false, log });
if (!(await isSeeded())) throw new Error('The bench database is empty: run npm run bench:seed first.');

const { buildIfStale, startServer } = await import('./lib/server');
const { prepareFixtures } = await import('./lib/fixtures');
const { measureDashboards } = await import('./lib/dashboard');
const { disconnectDb } = await import('@/lib/platform/db');

buildIfStale(process.env, log);
const fixtures = await prepareFixtures({ apiKeys: 4, leaders: 0 });
const loadAtStart = loadavg();
const server = await startServer({ ...process.env, SMTP_URL: 'smtp://127.0.0.1:9', LEDERTRIVSEL_EMBEDDED: '0' }, port, log);
try {
  // Cold: each view's first request after the start (its keys are fresh too, as in the measured runs).
  const cold: string[] = [];
  for (const [i, query] of [`?groupId=${fixtures.topGroupId}`, ''].entries()) {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/v1/rounds/${fixtures.closedRoundId}/results${query}`, { headers: { authorization: `Bearer ${fixtures.apiKeys[i + 2]}` } });
    const text = await response.text();
    if (response.status !== 200) console.log(text);
    cold.push(`${query ? 'one group' : 'whole organisation'}: ${(performance.now() - started).toFixed(1)} ms (${response.status})`);
  }
  log(`Cold, first request after the start: ${cold.join('; ')}`);
  const cases = await measureDashboards(server.url, benchDatabaseUrl(), fixtures, runs);
  console.log(
    `\nload average at start ${loadAtStart.map((n) => n.toFixed(1)).join(' ')}, at end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| view | app p50 | app p95 | SQL p95 | bytes |\n| --- | ---: | ---: | ---: | ---: |');
  for (const c of cases) console.log(`| ${c.name} | ${c.app.p50.toFixed(1)} ms | ${c.app.p95.toFixed(1)} ms | ${c.sql.p95.toFixed(1)} ms | ${c.bytes} |`);
} finally {
  await server.stop();
  await disconnectDb();
}
process.exit(0);
