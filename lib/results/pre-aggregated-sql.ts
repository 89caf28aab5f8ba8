import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ItemAggregateRow, SideAggregateRow, ViewSelection } from './aggregate-sql';
import { SELF_SUFFIX, TOTAL_ID } from './view-keys';

/**
 * The same figures as lib/results/aggregate-sql.ts, read from the sums written when the round
 * closed (lib/results/pre-aggregate.ts) instead of from every answer: a subtree is its "subtree"
 * row, a group alone its own row, the total the sum of every own row. Same formulas, so the
 * figures are the same (tests/integration/results-pre-aggregate.test.ts). Only views the
 * anonymity rule shows are ever passed in.
 */

const isEmpty = (views: ViewSelection) => !views.total && views.subtree.length === 0 && views.alone.length === 0;

/** (view_key, row) pairs from the pre-aggregated table `table` (aliased o) for the selected views. */
function selectedRows(organisationId: string, roundId: string, views: ViewSelection, columns: Prisma.Sql, table: Prisma.Sql): Prisma.Sql {
  const round = Prisma.sql`o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid`;
  return Prisma.sql`
    SELECT o."groupId"::text AS view_key, ${columns} FROM ${table} o
     WHERE ${round} AND o.subtree = true AND o."groupId" = ANY(${views.subtree}::uuid[])
    UNION ALL
    SELECT o."groupId"::text || ${SELF_SUFFIX}, ${columns} FROM ${table} o
     WHERE ${round} AND o.subtree = false AND o."groupId" = ANY(${views.alone}::uuid[])
    UNION ALL
    SELECT ${TOTAL_ID}::text, ${columns} FROM ${table} o
     WHERE ${round} AND o.subtree = false AND ${views.total}::boolean`;
}

export async function preAggregatedItems(organisationId: string, roundId: string, views: ViewSelection): Promise<ItemAggregateRow[]> {
  if (isEmpty(views)) return [];
  const rows = await db().$queryRaw<{ view: string; itemKey: string; n: number; mean: number; sd: number; counts: number[] }[]>(preAggregatedItemsSql(organisationId, roundId, views));
  return rows.map((row) => ({ ...row, counts: row.counts.map(Number) }));
}

/** The statement preAggregatedItems runs (also run as plain SQL by the benchmark). */
export function preAggregatedItemsSql(organisationId: string, roundId: string, views: ViewSelection): Prisma.Sql {
  const columns = Prisma.sql`o."itemKey", o.n, o.sum, o."sumSquares", o.counts`;
  const counts = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => Prisma.raw(`sum(v.counts[${i}])::int`));
  return Prisma.sql`
    SELECT v.view_key AS "view", v."itemKey", sum(v.n)::int AS n,
           (sum(v.sum)::numeric / sum(v.n))::float8 AS mean,
           sqrt(greatest(sum(v."sumSquares")::numeric / sum(v.n) - power(sum(v.sum)::numeric / sum(v.n), 2), 0))::float8 AS sd,
           ARRAY[${Prisma.join(counts)}] AS counts
      FROM (${selectedRows(organisationId, roundId, views, columns, Prisma.raw('"RoundGroupItemAggregate"'))}) v
     GROUP BY v.view_key, v."itemKey"`;
}

export async function preAggregatedSides(organisationId: string, roundId: string, views: ViewSelection): Promise<SideAggregateRow[]> {
  if (isEmpty(views)) return [];
  return db().$queryRaw<SideAggregateRow[]>(preAggregatedSidesSql(organisationId, roundId, views));
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
