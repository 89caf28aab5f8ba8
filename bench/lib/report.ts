import type { DashboardCase } from './dashboard';
import type { PageWeight } from './page-weight';
import type { LoadSummary } from './stats';

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  data: { organisation: string; groups: number; leaders: number; responsesInRound: number; answersInDatabase: number };
  submissions: {
    concurrency: number;
    secondsPerPass: number;
    passes: number;
    app: LoadSummary;
    direct: LoadSummary;
    dbConnections: number;
    paced: { secondsBetweenRequests: number; app: LoadSummary; direct: LoadSummary };
  };
  dashboards: DashboardCase[];
  /** Time the big round's close spends on its data: writing its pre-aggregated sums and sealing its responses. */
  closeWorkMs: number;
  page: PageWeight;
  memory: { peakRssDuringSubmissionsMb: number; peakRssDuringDashboardsMb: number; vmHwmMb: number };
}

const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : '–');
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
const x = (v: number) => `${v.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');

/** Whether each target of issue 8 is met, in words a reader can check against the table. */
export function targets(r: BenchResult): { target: string; measured: string; ok: boolean }[] {
  const s = r.submissions;
  const throughput = s.app.requestsPerSecond / s.direct.requestsPerSecond;
  const rows = [
    { target: 'Submissions: app ≥ 0.5× direct PostgreSQL throughput', measured: x(throughput), ok: throughput >= 0.5 },
    { target: `Submissions: app p99 < 100 ms at ${s.concurrency} concurrent leaders, closed loop`, measured: ms(s.app.p99), ok: s.app.p99 < 100 },
    {
      target: `Submissions: app p99 < 100 ms at ${s.concurrency} concurrent leaders, each one request per ${s.paced.secondsBetweenRequests} s`,
      measured: ms(s.paced.app.p99),
      ok: s.paced.app.p99 < 100,
    },
  ];
  for (const d of r.dashboards) {
    const ratio = d.app.p95 / d.sql.p95;
    const bound = d.name.startsWith('One group') ? 150 : d.name.startsWith('Heatmap') ? 500 : null;
    rows.push({ target: `${d.name}: app within 1.5× of plain SQL (p95)`, measured: x(ratio), ok: ratio <= 1.5 });
    if (bound) rows.push({ target: `${d.name}: app p95 < ${bound} ms`, measured: ms(d.app.p95), ok: d.app.p95 < bound });
  }
  rows.push({
    target: 'Questionnaire JavaScript < 100 kB gzip',
    measured: `${r.page.jsTransferredKb.toFixed(1)} kB as served (${r.page.jsGzipKb.toFixed(1)} kB gzip -9)`,
    ok: r.page.jsTransferredKb < 100,
  });
  rows.push({ target: 'Questionnaire usable < 2 s (4× CPU, slow 4G)', measured: ms(r.page.usableMedianMs), ok: r.page.usableMedianMs < 2000 });
  return rows;
}

export function toMarkdown(r: BenchResult): string {
  const m = r.machine;
  const s = r.submissions;
  const lines = [
    `# Benchmark ${r.startedAt}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(0)} GB RAM, Node ${m.node}, ${m.postgres}; load average ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')} at end (the machine is shared).`,
    `Data: ${r.data.organisation} with ${r.data.groups} groups and ${r.data.leaders} leaders; the measured round has ${r.data.responsesInRound} submitted responses; ${r.data.answersInDatabase} answers in the database. App: \`next start\` (production build) on loopback.`,
    '',
    `## 1. Submission throughput (${s.concurrency} concurrent leaders, ${s.passes} × ${s.secondsPerPass} s per side, alternating)`,
    '',
    '| | requests | req/s | p50 | p95 | p99 | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| app: POST /api/r/<token>/answers + /submit (autocannon) | ${s.app.requests} | ${s.app.requestsPerSecond.toFixed(0)} | ${ms(s.app.p50)} | ${ms(s.app.p95)} | ${ms(s.app.p99)} | ${s.app.errors} |`,
    `| direct: same transactions over ${s.dbConnections} pg connections | ${s.direct.requests} | ${s.direct.requestsPerSecond.toFixed(0)} | ${ms(s.direct.p50)} | ${ms(s.direct.p95)} | ${ms(s.direct.p99)} | ${s.direct.errors} |`,
    `| **ratio app/direct** | | **${x(s.app.requestsPerSecond / s.direct.requestsPerSecond)}** | ${x(s.app.p50 / s.direct.p50)} | ${x(s.app.p95 / s.direct.p95)} | ${x(s.app.p99 / s.direct.p99)} | |`,
    `| paced, app (each leader one request per ${s.paced.secondsBetweenRequests} s) | ${s.paced.app.requests} | ${s.paced.app.requestsPerSecond.toFixed(0)} | ${ms(s.paced.app.p50)} | ${ms(s.paced.app.p95)} | ${ms(s.paced.app.p99)} | ${s.paced.app.errors} |`,
    `| paced, direct | ${s.paced.direct.requests} | ${s.paced.direct.requestsPerSecond.toFixed(0)} | ${ms(s.paced.direct.p50)} | ${ms(s.paced.direct.p95)} | ${ms(s.paced.direct.p99)} | ${s.paced.direct.errors} |`,
    '',
    'Closed loop: every leader sends the next request as soon as the last is answered (the most each side can do). Requests alternate "save all 32 answers" and "submit".',
    '',
    '## 2. Dashboard latency (sequential requests; plain SQL = the same statements in psql)',
    '',
    '| view | app p50 | app p95 | SQL p50 | SQL p95 | ratio p50 | ratio p95 | live SQL p50 (before pre-aggregation) | app answer | app request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.dashboards.map(
      (d) =>
        `| ${d.name} | ${ms(d.app.p50)} | ${ms(d.app.p95)} | ${ms(d.sql.p50)} | ${ms(d.sql.p95)} | ${x(d.app.p50 / d.sql.p50)} | ${x(d.app.p95 / d.sql.p95)} | ${ms(d.liveSql.p50)} | ${kb(d.bytes)} | ${d.appWhat} (${d.app.runs} runs) |`,
    ),
    '',
    `Plain SQL runs the product's statements (items and sides, one after the other) with their parameters written in. "live SQL" is the same view aggregated from every answer, as results were read before pre-aggregation; closing this round now spends **${ms(r.closeWorkMs)}** writing its sums and sealing its responses (measured in a rolled-back transaction).`,
    '',
    '## 3. Questionnaire page weight (headless Chromium, CPU 4× slower, slow 4G)',
    '',
    `JavaScript: **${r.page.jsTransferredKb.toFixed(1)} kB** as served (gzip) in ${r.page.scripts} files; ${r.page.jsGzipKb.toFixed(1)} kB gzip -9 (the js-budget test's measure). ` +
      `Usable (first radio enabled and hydrated): **${ms(r.page.usableMedianMs)}** median of ${r.page.usableMs.length} cold loads (${r.page.usableMs.map(ms).join(', ')}).`,
    '',
    '## 4. Server memory (`next start`, resident)',
    '',
    `Peak RSS during submissions: **${r.memory.peakRssDuringSubmissionsMb.toFixed(0)} MB**; during dashboards: **${r.memory.peakRssDuringDashboardsMb.toFixed(0)} MB**; kernel high-water mark (VmHWM) at the end: ${r.memory.vmHwmMb.toFixed(0)} MB.`,
    '',
    '## Targets (issue 8)',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets(r).map((t) => `| ${t.target} | ${t.measured} | ${verdict(t.ok)} |`),
    '',
  ];
  return lines.join('\n');
}
