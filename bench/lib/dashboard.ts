import { currentQuestionnaire } from '@/content/questionnaires';
import { itemAggregatesSql, sideAggregatesSql, type ViewSelection } from '@/lib/domains/results/aggregate-sql';
import { sideKeys } from '@/lib/domains/results/figures';
import { preAggregatedItemsSql, preAggregatedSidesSql } from '@/lib/domains/results/pre-aggregated-sql';
import type { BenchFixtures } from './fixtures';
import { inlineSql, psqlTimings } from './psql';
import { latencySummary, type LatencySummary } from './stats';
import { timedGet, warmUp } from './timed-get';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** The four views measured in every organisation; the key pairs them across sizes. */
export type ViewKey = 'api-group' | 'api-organisation' | 'page-organisation' | 'page-group';

export interface DashboardCase {
  key: ViewKey;
  name: string;
  /** What the app is asked. */
  appWhat: string;
  /** Warm (every worker has served the view before), timed to the last byte of the body, all passes together. */
  app: LatencySummary;
  /** Warm, to the response's headers (the first byte). */
  firstByte: LatencySummary;
  /** Pages: warm, until the view's own heading has arrived (the first byte of the dashboard's content, not the app's frame). */
  firstContent: LatencySummary | null;
  /** Per pass: the p95 the targets are judged by (first content for a page, the whole answer for the API). */
  passP95: number[];
  /** The same aggregate as plain SQL in psql: the statements the app runs now (pre-aggregated). */
  sql: LatencySummary;
  sqlPassP95: number[];
  /** The live aggregate over every answer, as before pre-aggregation (for reference; first pass only). */
  liveSql: LatencySummary;
  /** Size of the app's answer (uncompressed body). */
  bytes: number;
}

export interface OrganisationDashboards {
  slug: string;
  groups: number;
  cases: DashboardCase[];
}

/** The view heading of the dashboard page (app/(app)/[orgSlug]/results/[roundId]/page.tsx), sent before the figures stream in. */
const CONTENT_MARKER = 'id="view-title"';

interface ViewCase {
  key: ViewKey;
  name: string;
  appWhat: string;
  url: string;
  headers: Record<string, string>;
  views: ViewSelection;
}

/** The results API's two views of a closed round: a directorate with its subtree, and the whole organisation. */
export function apiViews(baseUrl: string, f: BenchFixtures, keys: [string, string]): ViewCase[] {
  return [
    {
      key: 'api-group',
      name: 'Results API, one group (a directorate with its subtree)',
      appWhat: 'GET /api/v1/rounds/{id}/results?groupId=…',
      url: `${baseUrl}/api/v1/rounds/${f.closedRoundId}/results?groupId=${f.topGroupId}`,
      headers: { authorization: `Bearer ${keys[0]}` },
      views: { total: false, subtree: [f.topGroupId], alone: [] },
    },
    {
      key: 'api-organisation',
      name: 'Results API, whole organisation',
      appWhat: 'GET /api/v1/rounds/{id}/results',
      url: `${baseUrl}/api/v1/rounds/${f.closedRoundId}/results`,
      headers: { authorization: `Bearer ${keys[1]}` },
      views: { total: true, subtree: [], alone: [] },
    },
  ];
}

/** The dashboard page as a signed-in member of top management sees it (whose dashboard always carries the heatmap of every group). */
function pageViews(baseUrl: string, f: BenchFixtures, groupIds: string[]): ViewCase[] {
  const headers = { cookie: `next-auth.session-token=${f.sessionToken}` };
  return [
    {
      // The page's heatmap shows the top two levels once there are more than 60 groups
      // (lib/domains/results/heatmap.ts); the SQL side still aggregates every group, so it does more.
      key: 'page-organisation',
      name: `Dashboard page, whole organisation (${f.groupsInRound} groups; SQL: all × all items)`,
      appWhat: 'dashboard page /{org}/results/{round} (whole organisation + heatmap)',
      url: `${baseUrl}/${f.slug}/results/${f.closedRoundId}`,
      headers,
      views: { total: true, subtree: groupIds, alone: [] },
    },
    {
      key: 'page-group',
      name: 'Dashboard page, one group',
      appWhat: 'dashboard page ?group=<directorate> (its figures + the heatmap)',
      url: `${baseUrl}/${f.slug}/results/${f.closedRoundId}?group=${f.topGroupId}`,
      headers,
      views: { total: true, subtree: groupIds, alone: [] },
    },
  ];
}

export function viewStatements(f: BenchFixtures, views: ViewSelection) {
  return {
    pre: [inlineSql(preAggregatedItemsSql(f.organisationId, f.closedRoundId, views)), inlineSql(preAggregatedSidesSql(f.organisationId, f.closedRoundId, views))],
    live: [inlineSql(itemAggregatesSql(f.organisationId, f.closedRoundId, views)), inlineSql(sideAggregatesSql(f.organisationId, f.closedRoundId, views, sideKeys(currentQuestionnaire)))],
  };
}

interface Samples {
  app: number[];
  firstByte: number[];
  firstContent: number[];
  passP95: number[];
  sql: number[];
  sqlPassP95: number[];
  live: number[];
  bytes: number;
}

const p95 = (values: number[]) => latencySummary(values).p95;

/**
 * Results API and dashboard page of each organisation against the same aggregate in psql, in
 * `passes` passes (each pass goes through every organisation and view, so the spread between
 * passes shows how steady the machine was). Every view is first asked on fresh connections
 * until each worker has answered it (warm), then `runs` times in sequence (pages at most 10:
 * a page of the whole tree takes a while). API keys stay under the per-key limit (600/min):
 * each organisation's two views have their own key.
 */
export async function measureDashboards(
  baseUrl: string,
  connectionString: string,
  organisations: BenchFixtures[],
  options: { runs: number; passes: number; workers: number; log: (message: string) => void },
): Promise<OrganisationDashboards[]> {
  const plan = [];
  for (const f of organisations) {
    const groupIds = (await scopedDb(f.organisationId).roundGroup.findMany({ where: { organisationId: f.organisationId, roundId: f.closedRoundId }, select: { groupId: true } })).map((g) => g.groupId);
    plan.push({ f, cases: [...apiViews(baseUrl, f, [f.apiKeys[0]!, f.apiKeys[1]!]), ...pageViews(baseUrl, f, groupIds)] });
  }
  const samples = new Map<string, Samples>();
  for (let pass = 0; pass < options.passes; pass++) {
    for (const { f, cases } of plan) {
      options.log(`  pass ${pass + 1}/${options.passes}, ${f.slug} (${f.groupsInRound} groups) …`);
      for (const c of cases) {
        const id = `${f.slug}/${c.key}`;
        const s: Samples = samples.get(id) ?? { app: [], firstByte: [], firstContent: [], passP95: [], sql: [], sqlPassP95: [], live: [], bytes: 0 };
        samples.set(id, s);
        const page = c.key.startsWith('page');
        await warmUp(c.url, c.headers, options.workers);
        const runs = page ? Math.min(options.runs, 10) : options.runs;
        const passTimes: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = await timedGet(c.url, c.headers, page ? CONTENT_MARKER : null);
          s.app.push(t.ms);
          s.firstByte.push(t.firstByteMs);
          if (t.firstContentMs !== null) s.firstContent.push(t.firstContentMs);
          passTimes.push(page ? (t.firstContentMs ?? t.ms) : t.ms);
          s.bytes = t.bytes;
        }
        s.passP95.push(p95(passTimes));
        const statements = viewStatements(f, c.views);
        const sql = psqlTimings(connectionString, statements.pre, options.runs);
        s.sql.push(...sql);
        s.sqlPassP95.push(p95(sql));
        if (pass === 0) s.live.push(...psqlTimings(connectionString, statements.live, Math.min(options.runs, 5)));
      }
    }
  }
  return plan.map(({ f, cases }) => ({
    slug: f.slug,
    groups: f.groupsInRound,
    cases: cases.map((c) => {
      const s = samples.get(`${f.slug}/${c.key}`)!;
      return {
        key: c.key,
        name: c.name,
        appWhat: c.appWhat,
        app: latencySummary(s.app),
        firstByte: latencySummary(s.firstByte),
        firstContent: c.key.startsWith('page') ? latencySummary(s.firstContent) : null,
        passP95: s.passP95,
        sql: latencySummary(s.sql),
        sqlPassP95: s.sqlPassP95,
        liveSql: latencySummary(s.live),
        bytes: s.bytes,
      };
    }),
  }));
}
