import { currentQuestionnaire } from '@/content/questionnaires';
import { itemAggregatesSql, sideAggregatesSql, type ViewSelection } from '@/lib/domains/results/aggregate-sql';
import { sideKeys } from '@/lib/domains/results/figures';
import { preAggregatedItemsSql, preAggregatedSidesSql } from '@/lib/domains/results/pre-aggregated-sql';
import type { BenchFixtures } from './fixtures';
import { inlineSql, psqlTimings } from './psql';
import { latencySummary, type LatencySummary } from './stats';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

export interface DashboardCase {
  name: string;
  /** What the app is asked. */
  app: LatencySummary;
  appWhat: string;
  /** The same aggregate as plain SQL in psql: the statements the app runs now (pre-aggregated). */
  sql: LatencySummary;
  /** The live aggregate over every answer, as before pre-aggregation (for reference). */
  liveSql: LatencySummary;
  /** Size of the app's answer (uncompressed body). */
  bytes: number;
}

/** `runs` sequential GETs (after 3 unmeasured ones), each timed to the last byte of the body. */
async function timeGets(url: string, headers: Record<string, string>, runs: number): Promise<{ times: number[]; bytes: number }> {
  const get = () => fetch(url, { headers, redirect: 'manual' }).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength }));
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 3; i++) {
    let started = performance.now();
    let response;
    try {
      response = await get();
    } catch {
      // A kept-alive socket the server closed while psql ran is not the app's latency: ask again, timed afresh.
      started = performance.now();
      response = await get();
    }
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    if (i >= 3) times.push(elapsed);
    bytes = response.bytes;
  }
  return { times, bytes };
}

function statements(organisationId: string, roundId: string, views: ViewSelection) {
  return {
    pre: [inlineSql(preAggregatedItemsSql(organisationId, roundId, views)), inlineSql(preAggregatedSidesSql(organisationId, roundId, views))],
    live: [inlineSql(itemAggregatesSql(organisationId, roundId, views)), inlineSql(sideAggregatesSql(organisationId, roundId, views, sideKeys(currentQuestionnaire)))],
  };
}

/**
 * Results API and dashboard page for the big organisation against the same aggregate in psql,
 * each case app-then-SQL in turn. API calls stay under the per-key limit (600/min) by giving
 * each case its own key and at most `runs` + 3 calls; the page is asked by a signed-in member
 * of top management (whose dashboard always carries the heatmap of every group).
 */
export async function measureDashboards(baseUrl: string, connectionString: string, f: BenchFixtures, runs: number): Promise<DashboardCase[]> {
  const groups = (await scopedDb(f.organisationId).roundGroup.findMany({ where: { organisationId: f.organisationId, roundId: f.closedRoundId }, select: { groupId: true } })).map((g) => g.groupId);
  const cookie = { cookie: `next-auth.session-token=${f.sessionToken}` };
  const api = (i: number) => ({ authorization: `Bearer ${f.apiKeys[i]}` });
  const cases: { name: string; appWhat: string; url: string; headers: Record<string, string>; views: ViewSelection }[] = [
    {
      name: 'One group (a directorate with its subtree)',
      appWhat: `GET /api/v1/rounds/{id}/results?groupId=…`,
      url: `${baseUrl}/api/v1/rounds/${f.closedRoundId}/results?groupId=${f.topGroupId}`,
      headers: api(0),
      views: { total: false, subtree: [f.topGroupId], alone: [] },
    },
    {
      name: 'Whole organisation',
      appWhat: 'GET /api/v1/rounds/{id}/results',
      url: `${baseUrl}/api/v1/rounds/${f.closedRoundId}/results`,
      headers: api(1),
      views: { total: true, subtree: [], alone: [] },
    },
    {
      // The page's heatmap shows the top two levels once there are more than 60 groups
      // (lib/domains/results/heatmap.ts); the SQL side still aggregates every group, so it does more.
      name: `Heatmap page (${groups.length} groups; SQL: all × all items)`,
      appWhat: 'dashboard page /{org}/results/{round} (whole organisation + heatmap of the top two levels), full HTML',
      url: `${baseUrl}/${f.slug}/results/${f.closedRoundId}`,
      headers: cookie,
      views: { total: true, subtree: groups, alone: [] },
    },
    {
      name: 'Dashboard page, one group',
      appWhat: 'dashboard page ?group=<directorate> (its figures + the heatmap), full HTML',
      url: `${baseUrl}/${f.slug}/results/${f.closedRoundId}?group=${f.topGroupId}`,
      headers: cookie,
      views: { total: true, subtree: groups, alone: [] },
    },
  ];
  const out: DashboardCase[] = [];
  for (const c of cases) {
    // A dashboard page of the whole tree takes seconds: fewer runs there keep the bench to minutes.
    const app = await timeGets(c.url, c.headers, c.url.includes('/api/') ? runs : Math.min(runs, 10));
    const sql = statements(f.organisationId, f.closedRoundId, c.views);
    out.push({
      name: c.name,
      appWhat: c.appWhat,
      app: latencySummary(app.times),
      bytes: app.bytes,
      sql: latencySummary(psqlTimings(connectionString, sql.pre, runs)),
      liveSql: latencySummary(psqlTimings(connectionString, sql.live, Math.min(runs, 10))),
    });
  }
  return out;
}
