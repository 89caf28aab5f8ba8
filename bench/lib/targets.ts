import type { DashboardCase, ViewKey } from './dashboard';
import type { BenchResult, DashboardPart } from './report';
import { percentile, spread, type Spread } from './stats';

export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : '–');
export const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
export const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
export const range = (s: Spread, format: (v: number) => string) => (s.min === s.max ? format(s.min) : `${format(s.min)} – ${format(s.max)}`);

/** The measured organisations' figures for one view: the smallest first, the largest (the 1,000-group organisation) last. */
export function byView(r: DashboardPart, key: ViewKey): DashboardCase[] {
  return r.dashboards.map((o) => o.cases.find((c) => c.key === key)!);
}

export function coldTimes(r: DashboardPart, slug: string, key: ViewKey, which: 'times' | 'emptyCacheTimes' = 'times'): number[] {
  return r.cold.find((c) => c.slug === slug && c.key === key)?.[which] ?? [];
}

/** 20k/5k may move this much from run to run on a shared machine without anything having grown. */
export const FLAT_GROWTH = 1.5;

export interface Target {
  target: string;
  measured: string;
  /** The same figure's spread over passes, runs or workers, where there is one. */
  spread: string;
  ok: boolean;
}

/** Every target of issue 19, judged on the 1,000-group organisation (growth: on both sizes). */
export function targets(r: BenchResult): Target[] {
  const rows: Target[] = [];
  const big = r.dashboards.at(-1)!;
  const small = r.dashboards[0]!;
  for (const key of ['api-group', 'api-organisation'] as const) {
    const c = big.cases.find((d) => d.key === key)!;
    rows.push({ target: `${c.name}: p95 warm ≤ 15 ms`, measured: ms(c.app.p95), spread: `passes ${range(spread(c.passP95), ms)}`, ok: c.app.p95 <= 15 });
  }
  for (const key of ['api-group', 'api-organisation'] as const) {
    const c = big.cases.find((d) => d.key === key)!;
    const times = coldTimes(r, big.slug, key);
    const worst = Math.max(...times);
    rows.push({
      target: `${c.name}: cold (first request after a restart) ≤ 3× plain SQL (p95 ${ms(c.sql.p95)})`,
      measured: `${ms(worst)} = ${x(worst / c.sql.p95)} (worst of ${times.length})`,
      spread: times.length ? `restarts ${range(spread(times), ms)}` : '',
      ok: times.length > 0 && worst <= 3 * c.sql.p95,
    });
    // Not the issue's wording but its likely concern: what the empty cache costs, the restart's own cost aside.
    const empty = coldTimes(r, big.slug, key, 'emptyCacheTimes');
    const worstEmpty = Math.max(...empty);
    rows.push({
      target: `${c.name}: empty cache in a running worker (its first request for this round) ≤ 3× plain SQL`,
      measured: `${ms(worstEmpty)} = ${x(worstEmpty / c.sql.p95)} (worst of ${empty.length})`,
      spread: empty.length ? `restarts ${range(spread(empty), ms)}` : '',
      ok: empty.length > 0 && worstEmpty <= 3 * c.sql.p95,
    });
  }
  for (const key of ['page-organisation', 'page-group'] as const) {
    const c = big.cases.find((d) => d.key === key)!;
    const firstContent = c.firstContent?.p95 ?? NaN;
    rows.push({ target: `${c.name}: p95 to the first byte of content ≤ 250 ms`, measured: ms(firstContent), spread: `passes ${range(spread(c.passP95), ms)}`, ok: firstContent <= 250 });
    rows.push({ target: `${c.name}: HTML ≤ 300 kB`, measured: kb(c.bytes), spread: '', ok: c.bytes <= 300 * 1024 });
  }
  const s = r.submissions;
  const errors = s.app.errors;
  rows.push({
    target: `Saves, ${s.concurrency} leaders closed loop: 0 errors`,
    measured: String(errors),
    spread: Object.entries(s.failures).length
      ? Object.entries(s.failures)
          .map(([k, n]) => `${k}: ${n}`)
          .join(', ')
      : '',
    ok: errors === 0,
  });
  rows.push({ target: `Saves, ${s.concurrency} leaders closed loop: p99 ≤ 1 s`, measured: ms(s.app.p99), spread: `passes ${range(s.appPasses.p99, ms)}`, ok: s.app.p99 <= 1000 });
  const ratio = s.app.requestsPerSecond / s.direct.requestsPerSecond;
  rows.push({ target: 'Saves: throughput ≥ 0.3× direct PostgreSQL', measured: x(ratio), spread: `passes ${range(s.ratioPasses, x)}`, ok: ratio >= 0.3 });
  rows.push({
    target: 'Questionnaire: JavaScript ≤ 60 kB gzip',
    measured: `${r.page.jsTransferredKb.toFixed(1)} kB as served (${r.page.jsGzipKb.toFixed(1)} kB gzip -9)`,
    spread: '',
    ok: r.page.jsTransferredKb <= 60,
  });
  rows.push({
    target: 'Questionnaire: usable ≤ 1.5 s (4× CPU, slow 4G)',
    measured: `${ms(r.page.usableMedianMs)} (median)`,
    spread: `loads ${range(spread(r.page.usableMs), ms)}`,
    ok: r.page.usableMedianMs <= 1500,
  });
  const hwm = r.memory.workers.map((w) => w.vmHwmMb);
  rows.push({
    target: `Peak RSS per worker ≤ 350 MB (${r.memory.workers.length} workers)`,
    measured: `${Math.max(...hwm).toFixed(0)} MB (highest VmHWM)`,
    spread: `workers ${range(spread(hwm), (v) => `${v.toFixed(0)} MB`)}`,
    ok: hwm.length > 0 && Math.max(...hwm) <= 350,
  });
  // The issue asks it of one group; the whole organisation's growth is in the growth table.
  for (const key of ['api-group'] as const) {
    const [a, b] = [small.cases.find((d) => d.key === key)!, big.cases.find((d) => d.key === key)!];
    const growth = b.app.p95 / a.app.p95;
    const coldGrowth = percentile(coldTimes(r, big.slug, key), 50) / percentile(coldTimes(r, small.slug, key), 50);
    rows.push({
      target: `${b.name}: does not grow with the organisation (p95 warm ${sizeLabel(r, 0)} → ${sizeLabel(r, -1)} ≤ ${FLAT_GROWTH}×)`,
      measured: `${x(growth)} (${ms(a.app.p95)} → ${ms(b.app.p95)})`,
      spread: `cold ${x(coldGrowth)}`,
      ok: growth <= FLAT_GROWTH,
    });
  }
  return rows;
}

export function sizeLabel(r: DashboardPart, index: number): string {
  const slug = r.dashboards.at(index)!.slug;
  const leaders = r.data.organisations.find((o) => o.slug === slug)?.leaders ?? 0;
  return `${(leaders / 1000).toFixed(leaders % 1000 ? 1 : 0)}k`;
}
