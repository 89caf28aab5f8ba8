import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ItemAggregateRow, SideAggregateRow, ViewSelection } from './aggregate-sql';
import { SELF_SUFFIX, TOTAL_ID } from '@/lib/domains/anonymity/view-keys';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * The same figures as lib/domains/results/aggregate-sql.ts, read from the sums written when the round
 * closed (lib/domains/results/pre-aggregate.ts) instead of from every answer: a subtree is its "subtree"
 * row, a group alone its own row, the total the round's own row (its id as the group). Same
 * formulas, so the figures are the same (tests/integration/results-pre-aggregate.test.ts). Only
 * views the anonymity rule shows are ever passed in — and only those have sums stored.
 */

const isEmpty = (views: ViewSelection) => !views.total && views.subtree.length === 0 && views.alone.length === 0;

export async function preAggregatedItems(organisationId: string, roundId: string, views: ViewSelection): Promise<ItemAggregateRow[]> {
  if (isEmpty(views)) return [];
  const rows = await scopedDb(organisationId).$queryRaw<{ view: string; itemKey: string; n: number; mean: number; sd: number; counts: number[] }[]>(
    preAggregatedItemsSql(organisationId, roundId, views),
  );
  return rows.map((row) => ({ ...row, counts: row.counts.map(Number) }));
}

/**
 * The statement preAggregatedItems runs (also run as plain SQL by the benchmark). Every view is
 * one stored row per item and needs no grouping. The wanted groups are joined (hashed), not
 * tested with = ANY per row: the heatmap asks for 1,000.
 */
export function preAggregatedItemsSql(organisationId: string, roundId: string, views: ViewSelection): Prisma.Sql {
  const round = Prisma.sql`o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid`;
  const figures = (n: Prisma.Sql, sum: Prisma.Sql, squares: Prisma.Sql) => Prisma.sql`
    (${sum}::numeric / ${n})::float8 AS mean,
    sqrt(greatest(${squares}::numeric / ${n} - power(${sum}::numeric / ${n}, 2), 0))::float8 AS sd`;
  const stored = figures(Prisma.sql`o.n`, Prisma.sql`o.sum`, Prisma.sql`o."sumSquares"`);
  return Prisma.sql`
    SELECT o."groupId"::text AS "view", o."itemKey", o.n, ${stored}, o.counts
      FROM "RoundGroupItemAggregate" o
      JOIN unnest(${views.subtree}::uuid[]) AS w(group_id) ON w.group_id = o."groupId"
     WHERE ${round} AND o.subtree = true
    UNION ALL
    SELECT o."groupId"::text || ${SELF_SUFFIX}, o."itemKey", o.n, ${stored}, o.counts
      FROM "RoundGroupItemAggregate" o
      JOIN unnest(${views.alone}::uuid[]) AS w(group_id) ON w.group_id = o."groupId"
     WHERE ${round} AND o.subtree = false
    UNION ALL
    SELECT ${TOTAL_ID}::text, o."itemKey", o.n, ${stored}, o.counts
      FROM "RoundGroupItemAggregate" o
     WHERE ${round} AND o.subtree = true AND o."groupId" = ${roundId}::uuid AND ${views.total}::boolean`;
}

/** (view_key, row) pairs from the pre-aggregated table `table` (aliased o) for the selected views. */
function selectedRows(organisationId: string, roundId: string, views: ViewSelection, columns: Prisma.Sql, table: Prisma.Sql): Prisma.Sql {
  const round = Prisma.sql`o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid`;
  return Prisma.sql`
    SELECT w.group_id::text AS view_key, ${columns} FROM ${table} o JOIN unnest(${views.subtree}::uuid[]) AS w(group_id) ON w.group_id = o."groupId"
     WHERE ${round} AND o.subtree = true
    UNION ALL
    SELECT w.group_id::text || ${SELF_SUFFIX}, ${columns} FROM ${table} o JOIN unnest(${views.alone}::uuid[]) AS w(group_id) ON w.group_id = o."groupId"
     WHERE ${round} AND o.subtree = false
    UNION ALL
    SELECT ${TOTAL_ID}::text, ${columns} FROM ${table} o
     WHERE ${round} AND o.subtree = true AND o."groupId" = ${roundId}::uuid AND ${views.total}::boolean`;
}

export async function preAggregatedSides(organisationId: string, roundId: string, views: ViewSelection): Promise<SideAggregateRow[]> {
  if (isEmpty(views)) return [];
  return scopedDb(organisationId).$queryRaw<SideAggregateRow[]>(preAggregatedSidesSql(organisationId, roundId, views));
}

/** The statement preAggregatedSides runs (also run as plain SQL by the benchmark). */
export function preAggregatedSidesSql(organisationId: string, roundId: string, views: ViewSelection): Prisma.Sql {
  const columns = Prisma.sql`o."strainN", o."strainMeanSum", o."resourceN", o."resourceMeanSum"`;
  return Prisma.sql`
    SELECT v.view_key AS "view", sum(v."strainN")::int AS "strainN", sum(v."resourceN")::int AS "resourceN",
           (sum(v."strainMeanSum") / nullif(sum(v."strainN"), 0))::float8 AS "strainMean",
           (sum(v."resourceMeanSum") / nullif(sum(v."resourceN"), 0))::float8 AS "resourceMean"
      FROM (${selectedRows(organisationId, roundId, views, columns, Prisma.raw('"RoundGroupSideAggregate"'))}) v
     GROUP BY v.view_key`;
}
