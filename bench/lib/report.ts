import type { ColdCase } from './cold';
import type { OrganisationDashboards, ViewKey } from './dashboard';
import type { PageWeight } from './page-weight';
import { percentile, spread, type LoadSummary } from './stats';
import type { SubmissionsResult } from './submissions-run';
import { byView, coldTimes, kb, ms, range, sizeLabel, targets, x } from './targets';

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  /** The measured organisations, smallest first. */
  data: { organisations: { slug: string; groups: number; leaders: number; responsesInRound: number }[]; answersInDatabase: number };
  server: { workers: number; poolPerWorker: number; heapMb?: number | null };
  submissions: SubmissionsResult;
  dashboards: OrganisationDashboards[];
  cold: ColdCase[];
  /** Time the big round's close spends on its data: writing its pre-aggregated sums and sealing its responses. */
  closeWorkMs: number;
  page: PageWeight;
  memory: {
    peakRssDuringSubmissionsMb: number;
    peakRssDuringDashboardsMb: number;
    /** The cluster primary's own high-water mark. */
    vmHwmMb: number;
    workers: { pid: number; peakRssDuringSubmissionsMb: number; peakRssDuringDashboardsMb: number; vmHwmMb: number }[];
  };
}

/** What the dashboards part (`--only dashboards`) measures, enough for its own sections. */
export type DashboardPart = Pick<BenchResult, 'dashboards' | 'cold' | 'closeWorkMs' | 'data'>;

const mb = (v: number) => `${v.toFixed(0)} MB`;
const VIEWS: ViewKey[] = ['api-group', 'api-organisation', 'page-organisation', 'page-group'];

function submissionsSection(r: BenchResult): string[] {
  const s = r.submissions;
  const row = (name: string, l: LoadSummary) => `| ${name} | ${l.requests} | ${l.requestsPerSecond.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.errors} |`;
  const failures = Object.entries(s.failures);
  return [
    `## 1. Saves (${s.concurrency} concurrent leaders, ${s.passes} × ${s.secondsPerPass} s per side, alternating)`,
    '',
    '| | requests | req/s | p50 | p95 | p99 | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('app: POST /api/r/<token>/answers + /submit (autocannon)', s.app),
    row(`direct: same transactions over ${s.dbConnections} pg connections`, s.direct),
    `| **ratio app/direct** | | **${x(s.app.requestsPerSecond / s.direct.requestsPerSecond)}** | ${x(s.app.p50 / s.direct.p50)} | ${x(s.app.p95 / s.direct.p95)} | ${x(s.app.p99 / s.direct.p99)} | |`,
    row(`paced, app (each leader one request per ${s.paced.secondsBetweenRequests} s)`, s.paced.app),
    row('paced, direct', s.paced.direct),
    '',
    `Per pass (closed loop): app ${range(s.appPasses.requestsPerSecond, (v) => v.toFixed(0))} req/s, p99 ${range(s.appPasses.p99, ms)}; direct ${range(s.directPasses.requestsPerSecond, (v) => v.toFixed(0))} req/s, p99 ${range(s.directPasses.p99, ms)}; app/direct ${range(s.ratioPasses, x)}. ` +
      `Failed requests by status: ${failures.length ? failures.map(([k, n]) => `${k}: ${n}`).join(', ') : 'none'}.`,
    '',
    'Closed loop: every leader sends the next request as soon as the last is answered (the most each side can do). Requests alternate "save all 32 answers" and "submit".',
  ];
}

export function dashboardSection(r: DashboardPart): string[] {
  const lines = [
    `## 2. Results API and dashboard, warm, at ${r.dashboards.length} sizes (sequential requests; plain SQL = the same statements in psql)`,
    '',
    '| view | organisation | p50 | p95 | first byte p95 | first content p95 | SQL p95 | app/SQL p95 | live SQL p50 | answer | requests |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  // The judged figure (a page: first content; the API: the whole answer) carries its spread over passes.
  const withPasses = (v: number, passes: number[]) => `${ms(v)} (${range(spread(passes), ms)})`;
  for (const key of VIEWS) {
    for (const [i, o] of r.dashboards.entries()) {
      const c = o.cases.find((d) => d.key === key)!;
      const p95 = c.firstContent ? ms(c.app.p95) : withPasses(c.app.p95, c.passP95);
      const firstContent = c.firstContent ? withPasses(c.firstContent.p95, c.passP95) : '–';
      lines.push(
        `| ${c.name} | ${sizeLabel(r, i)} (${o.groups} groups) | ${ms(c.app.p50)} | ${p95} | ${ms(c.firstByte.p95)} | ${firstContent} | ${withPasses(c.sql.p95, c.sqlPassP95)} | ${x(c.app.p95 / c.sql.p95)} | ${ms(c.liveSql.p50)} | ${kb(c.bytes)} | ${c.app.runs} |`,
      );
    }
  }
  lines.push(
    '',
    'Warm: before the measured requests each view was asked on fresh connections until every worker had answered it. Percentiles are over all passes; in brackets the lowest and highest p95 of a single pass (a page: of its first content; the API: of the whole answer). p95 and p50 are to the last byte. ' +
      'First content: until the view\'s heading (`id="view-title"`) has arrived — what the page shows before its figures stream in. "live SQL" is the same view aggregated from every answer, as results were read before pre-aggregation' +
      (Number.isFinite(r.closeWorkMs) ? `; closing the big round now spends **${ms(r.closeWorkMs)}** writing its sums and sealing its responses (measured in a rolled-back transaction).` : '.'),
    '',
    '## 3. Results API, cold: the first request after a restart',
    '',
    '| view | organisation | first request after a restart | median | empty cache, running worker | median | SQL p95 | worst / SQL p95 (restart; empty cache) |',
    '| --- | --- | --- | ---: | --- | ---: | ---: | ---: |',
  );
  for (const key of ['api-group', 'api-organisation'] as const) {
    for (const [i, o] of r.dashboards.entries()) {
      const c = o.cases.find((d) => d.key === key)!;
      const [times, empty] = [coldTimes(r, o.slug, key), coldTimes(r, o.slug, key, 'emptyCacheTimes')];
      lines.push(
        `| ${c.name} | ${sizeLabel(r, i)} | ${times.map(ms).join(', ')} | ${ms(percentile(times, 50))} | ${empty.map(ms).join(', ')} | ${ms(percentile(empty, 50))} | ${ms(c.sql.p95)} | ${x(Math.max(...times) / c.sql.p95)}; ${x(Math.max(...empty) / c.sql.p95)} |`,
      );
    }
  }
  lines.push(
    '',
    "The server (all its workers) is started afresh before each pair of requests: the first asks one organisation's view (the route not yet loaded, nothing cached), the second, on the same connection and so in the same worker, the same view of the other organisation (the route loaded, that round's frame and figures not cached; left out when the connection was not reused). Each request uses an API key the server has not seen.",
  );
  return lines;
}

export function growthSection(r: DashboardPart): string[] {
  const [from, to] = [sizeLabel(r, 0), sizeLabel(r, -1)];
  const lines = [`## 4. How cost grows: ${from} → ${to} leaders (same shape, same rounds)`, '', `| measure | ${from} | ${to} | growth ${to}/${from} |`, '| --- | ---: | ---: | ---: |'];
  const row = (name: string, a: number, b: number, format: (v: number) => string) => lines.push(`| ${name} | ${format(a)} | ${format(b)} | **${x(b / a)}** |`);
  for (const key of VIEWS) {
    const [a, b] = [byView(r, key)[0]!, byView(r, key).at(-1)!];
    const name = b.name.replace(/ \(\d+ groups; SQL: all × all items\)/, '');
    if (key.startsWith('api')) {
      row(`${name}: p95 warm`, a.app.p95, b.app.p95, ms);
      const [from, to] = [r.dashboards[0]!.slug, r.dashboards.at(-1)!.slug];
      row(`${name}: cold after a restart (median)`, percentile(coldTimes(r, from, key), 50), percentile(coldTimes(r, to, key), 50), ms);
      row(`${name}: empty cache, running worker (median)`, percentile(coldTimes(r, from, key, 'emptyCacheTimes'), 50), percentile(coldTimes(r, to, key, 'emptyCacheTimes'), 50), ms);
    } else {
      row(`${name}: p95 to first content`, a.firstContent?.p95 ?? NaN, b.firstContent?.p95 ?? NaN, ms);
      row(`${name}: p95 whole HTML`, a.app.p95, b.app.p95, ms);
      row(`${name}: HTML`, a.bytes, b.bytes, kb);
    }
    row(`${name}: plain SQL p95`, a.sql.p95, b.sql.p95, ms);
  }
  lines.push(
    '',
    `Ideal: the results API for one group stays at 1× (a directorate holds about 2,500 leaders in both organisations); views of the whole organisation read more groups (${x(r.dashboards.at(-1)!.groups / r.dashboards[0]!.groups)} as many) and may grow with them.`,
  );
  return lines;
}

function memorySection(r: BenchResult): string[] {
  const m = r.memory;
  return [
    `## 6. Server memory (\`next start\`, ${m.workers.length} workers, resident)`,
    '',
    '| worker | peak RSS, saves | peak RSS, dashboards | VmHWM (whole run) |',
    '| --- | ---: | ---: | ---: |',
    ...m.workers.map((w) => `| pid ${w.pid} | ${mb(w.peakRssDuringSubmissionsMb)} | ${mb(w.peakRssDuringDashboardsMb)} | **${mb(w.vmHwmMb)}** |`),
    '',
    `Whole process tree (primary, workers, tsx's esbuild): peak ${mb(m.peakRssDuringSubmissionsMb)} during saves, ${mb(m.peakRssDuringDashboardsMb)} during dashboards; the primary's own VmHWM ${mb(m.vmHwmMb)}. ` +
      "Sampled every 250 ms; VmHWM is the kernel's peak for each worker from its start to the end of the questionnaire loads (the cold restarts come after).",
  ];
}

export function toMarkdown(r: BenchResult): string {
  const m = r.machine;
  const lines = [
    `# Benchmark ${r.startedAt}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(0)} GB RAM, Node ${m.node}, ${m.postgres}; load average ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')} at end (the machine is shared). ` +
      `App: \`next start\` (production build) as \`npm start\` runs it, ${r.server.workers} worker(s) × ${r.server.poolPerWorker} connections${r.server.heapMb ? `, each heap bounded at ${r.server.heapMb} MB (WEB_WORKER_HEAP_MB)` : ''}, on loopback; ${r.startedAt} – ${r.finishedAt}.`,
    `Data: ${r.data.organisations.map((o) => `${o.slug} (${o.groups} groups, ${o.leaders} leaders, ${o.responsesInRound} submitted responses in the measured round)`).join('; ')}; ${r.data.answersInDatabase} answers in the database.`,
    '',
    ...submissionsSection(r),
    '',
    ...dashboardSection(r),
    '',
    ...growthSection(r),
    '',
    '## 5. Questionnaire page (headless Chromium, CPU 4× slower, slow 4G)',
    '',
    `JavaScript: **${r.page.jsTransferredKb.toFixed(1)} kB** as served (gzip) in ${r.page.scripts} files; ${r.page.jsGzipKb.toFixed(1)} kB gzip -9 (the js-budget test's measure). ` +
      `Usable (first radio enabled and its script running): **${ms(r.page.usableMedianMs)}** median of ${r.page.usableMs.length} cold loads (${r.page.usableMs.map(ms).join(', ')}).`,
    '',
    ...memorySection(r),
    '',
    '## Targets (issue 19)',
    '',
    '| target | measured | spread | |',
    '| --- | --- | --- | --- |',
    ...targets(r).map((t) => `| ${t.target} | ${t.measured} | ${t.spread} | ${t.ok ? '**met**' : '**missed**'} |`),
    '',
  ];
  return lines.join('\n');
}
