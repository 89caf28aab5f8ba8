/**
 * `npx tsx --conditions=react-server bench/heatmap-sizes.ts [--port 3451] [--runs 5] [--dump <dir>]`
 *
 * The dashboard page of the bench organisation (whole organisation; one directorate) as a
 * top-management member gets it: HTML bytes, of which RSC flight data, the heatmap columns in it, and
 * time; then the heatmap route's slices (issue 19, decision 0018). Needs a production build
 * (`npx next build`) and the seeded bench database; builds nothing itself.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchEnv } from './lib/config';
import { ensureBenchDatabase, isSeeded } from './lib/seed-database';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({ options: { runs: { type: 'string' }, port: { type: 'string' }, dump: { type: 'string' } }, strict: true });
const runs = Number(values.runs ?? 5);
const port = Number(values.port ?? 3451);
const log = (message: string) => console.log(`[bench:heatmap] ${message}`);

await ensureBenchDatabase({ reset: false, log });
if (!(await isSeeded())) throw new Error('The bench database is empty: run npm run bench:seed first.');

const { startServer } = await import('./lib/server');
const { prepareFixtures } = await import('./lib/fixtures');
const { disconnectDb } = await import('@/lib/platform/db');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function timed(url: string, headers: Record<string, string>) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

const fixtures = await prepareFixtures({ apiKeys: 0, leaders: 0 });
const server = await startServer({ ...process.env, SMTP_URL: 'smtp://127.0.0.1:9', LEDERTRIVSEL_EMBEDDED: '0' }, port, log);
const headers = { cookie: `next-auth.session-token=${fixtures.sessionToken}` };
try {
  console.log('\n| page | status | HTML | RSC flight | heatmap columns in the HTML | p50 |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  const views = [
    ['whole organisation', ''],
    ['one directorate', `?group=${fixtures.topGroupId}`],
  ] as const;
  for (const [name, query] of views) {
    const url = `${server.url}/${fixtures.slug}/results/${fixtures.closedRoundId}${query}`;
    await timed(url, headers); // warm
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timed(url, headers));
    const { text, status } = samples.at(-1)!;
    if (values.dump) writeFileSync(`${values.dump}/${name.replace(/ /g, '-')}.html`, text);
    const flight = [...text.matchAll(/<script[^>]*>self\.__next_f\.push\(.*?\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
    // The heatmap's columns as the HTML has them (its header row), before issue 19's slices: none after.
    const head = text.match(/data-testid="results-heatmap"><thead>.*?<\/thead>/s)?.[0] ?? '';
    console.log(
      `| ${name} | ${status} | ${kB(Buffer.byteLength(text))} | ${kB(flight)} | ${Math.max(0, (head.match(/scope="col"/g) ?? []).length - 1)} | ${median(samples.map((s) => s.ms)).toFixed(0)} ms |`,
    );
  }

  console.log('\n| heatmap slice | status | columns | bytes | p50 |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [name, query] of views) {
    let from = 0;
    for (;;) {
      const url = `${server.url}/${fixtures.slug}/results/${fixtures.closedRoundId}/heatmap?from=${from}&count=20${query ? `&${query.slice(1)}` : ''}`;
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await timed(url, headers));
      const last = samples.at(-1)!;
      const body = last.status === 200 ? (JSON.parse(last.text) as { total: number; columns: unknown[] }) : null;
      console.log(
        `| ${name}, from ${from} | ${last.status} | ${body ? `${body.columns.length} of ${body.total}` : '–'} | ${kB(Buffer.byteLength(last.text))} | ${median(samples.map((s) => s.ms)).toFixed(0)} ms |`,
      );
      if (!body || from + body.columns.length >= body.total) break;
      from += body.columns.length;
    }
  }
} finally {
  await server.stop();
  await disconnectDb();
}
process.exit(0);
