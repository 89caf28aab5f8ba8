import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { TOTAL_ID } from '@/lib/domains/anonymity/view-keys';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** Which views to aggregate. Only views the anonymity rule shows are ever passed in. */
export interface ViewSelection {
  /** Groups whose figures include everything below them (key: the group id). */
  subtree: string[];
  /** Groups on their own (key: "<id>:self"). */
  alone: string[];
  /** The round's total (key: TOTAL_ID). */
  total: boolean;
}

export interface ItemAggregateRow {
  view: string;
  itemKey: string;
  n: number;
  mean: number;
  /** Population standard deviation: the spread within the group itself, not an estimate of a larger population. */
  sd: number;
  /** Answers per value −2, −1, 0, 1, 2, 3, 4, 5 (items use 1–5, relations −2…+2). */
  counts: number[];
}

export interface SideAggregateRow {
  view: string;
  /** Responses with at least one answer on the side. */
  strainN: number;
  resourceN: number;
  strainMean: number | null;
  resourceMean: number | null;
}

const VALUES = [-2, -1, 0, 1, 2, 3, 4, 5] as const;

/**
 * The views' populations as (view_key, group_id) rows: each subtree through a recursive CTE
 * over the round's snapshot (RoundGroup.parentGroupId), each "alone" as the group itself.
 * Every table is filtered by organisationId and roundId; the depth limit is a guard against a
 * corrupt (cyclic) snapshot, far beyond any real tree.
 */
function viewsCte(organisationId: string, roundId: string, views: ViewSelection): Prisma.Sql {
  return Prisma.sql`
    closure(view_key, group_id, depth) AS (
      SELECT rg."groupId"::text, rg."groupId", 0
        FROM "RoundGroup" rg
       WHERE rg."organisationId" = ${organisationId}::uuid AND rg."roundId" = ${roundId}::uuid
         AND rg."groupId" = ANY(${views.subtree}::uuid[])
      UNION ALL
      SELECT c.view_key, rg."groupId", c.depth + 1
        FROM closure c
        JOIN "RoundGroup" rg ON rg."organisationId" = ${organisationId}::uuid AND rg."roundId" = ${roundId}::uuid AND rg."parentGroupId" = c.group_id
       WHERE c.depth < 64
    ),
    views(view_key, group_id) AS (
      SELECT DISTINCT view_key, group_id FROM closure
      UNION
      SELECT g::text || ':self', g FROM unnest(${views.alone}::uuid[]) AS g
    ),
    submitted AS (
      SELECT r.id, r."groupId" AS group_id
        FROM "Response" r
       WHERE r."organisationId" = ${organisationId}::uuid AND r."roundId" = ${roundId}::uuid AND r.status = 'SUBMITTED'
         ${views.total ? Prisma.empty : Prisma.sql`AND r."groupId" IN (SELECT group_id FROM views)`}
    )`;
}

/** The total is every submitted response of the round, whatever group it belongs to. */
function allViews(views: ViewSelection): Prisma.Sql {
  return Prisma.sql`
    all_views(view_key, group_id) AS (
      SELECT view_key, group_id FROM views
      UNION ALL
      SELECT ${TOTAL_ID}::text, g.group_id FROM (SELECT DISTINCT group_id FROM submitted) g WHERE ${views.total}::boolean
    )`;
}

const isEmpty = (views: ViewSelection) => !views.total && views.subtree.length === 0 && views.alone.length === 0;

/**
 * Per view and item: count, mean, population standard deviation and the distribution — in
 * PostgreSQL. Answers are first summed per own group (one pass over the round's answers), then
 * rolled up over the views' groups, so a subtree's figures cost no more than its groups' sums.
 */
export async function itemAggregates(organisationId: string, roundId: string, views: ViewSelection): Promise<ItemAggregateRow[]> {
  if (isEmpty(views)) return [];
  const rows = await scopedDb(organisationId).$queryRaw<{ view: string; itemKey: string; n: number; mean: number; sd: number; counts: number[] }[]>(itemAggregatesSql(organisationId, roundId, views));
  return rows.map((row) => ({ ...row, counts: row.counts.map(Number) }));
}

/** The statement itemAggregates runs (also run as plain SQL by the benchmark). */
export function itemAggregatesSql(organisationId: string, roundId: string, views: ViewSelection): Prisma.Sql {
  const perValue = VALUES.map((v) => Prisma.sql`count(*) FILTER (WHERE a.value = ${v}::int) AS ${Prisma.raw(`c${v < 0 ? `m${-v}` : v}`)}`);
  const rollUp = VALUES.map((v) => Prisma.raw(`sum(o.c${v < 0 ? `m${-v}` : v})::int`));
  return Prisma.sql`
    WITH RECURSIVE ${viewsCte(organisationId, roundId, views)},
    own AS (
      SELECT s.group_id, a."itemKey" AS item_key, count(*) AS n, sum(a.value) AS s, sum(a.value * a.value) AS ss, ${Prisma.join(perValue)}
        FROM submitted s
        JOIN "Answer" a ON a."organisationId" = ${organisationId}::uuid AND a."responseId" = s.id
       GROUP BY s.group_id, a."itemKey"
    ),
    ${allViews(views)}
    SELECT v.view_key AS "view", o.item_key AS "itemKey", sum(o.n)::int AS n,
           (sum(o.s)::numeric / sum(o.n))::float8 AS mean,
           sqrt(greatest(sum(o.ss)::numeric / sum(o.n) - power(sum(o.s)::numeric / sum(o.n), 2), 0))::float8 AS sd,
           ARRAY[${Prisma.join(rollUp)}] AS counts
      FROM all_views v
      JOIN own o ON o.group_id = v.group_id
     GROUP BY v.view_key, o.item_key`;
}

/**
 * Per view: the mean of each side, defined as the mean over responses of each response's own
 * side mean — every leader weighs the same, whatever number of items they answered on that
 * side. (Submitted responses answer every item, where it equals the mean of all the side's
 * answers; the definition matters only if a version ever makes items optional.)
 */
export async function sideAggregates(organisationId: string, roundId: string, views: ViewSelection, keys: { strain: string[]; resource: string[] }): Promise<SideAggregateRow[]> {
  if (isEmpty(views)) return [];
  return scopedDb(organisationId).$queryRaw<SideAggregateRow[]>(sideAggregatesSql(organisationId, roundId, views, keys));
}

/** The statement sideAggregates runs (also run as plain SQL by the benchmark). */
export function sideAggregatesSql(organisationId: string, roundId: string, views: ViewSelection, keys: { strain: string[]; resource: string[] }): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE ${viewsCte(organisationId, roundId, views)},
    per_response AS (
      SELECT s.group_id,
             avg(a.value) FILTER (WHERE a."itemKey" = ANY(${keys.strain}::text[])) AS sm,
             avg(a.value) FILTER (WHERE a."itemKey" = ANY(${keys.resource}::text[])) AS rm
        FROM submitted s
        JOIN "Answer" a ON a."organisationId" = ${organisationId}::uuid AND a."responseId" = s.id
       GROUP BY s.id, s.group_id
    ),
    own AS (
      SELECT group_id, count(sm) AS ns, sum(sm) AS ssm, count(rm) AS nr, sum(rm) AS srm FROM per_response GROUP BY group_id
    ),
    ${allViews(views)}
    SELECT v.view_key AS "view", sum(o.ns)::int AS "strainN", sum(o.nr)::int AS "resourceN",
           (sum(o.ssm) / nullif(sum(o.ns), 0))::float8 AS "strainMean",
           (sum(o.srm) / nullif(sum(o.nr), 0))::float8 AS "resourceMean"
      FROM all_views v
      JOIN own o ON o.group_id = v.group_id
     GROUP BY v.view_key`;
}
