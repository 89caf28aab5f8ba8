import 'server-only';
import { getQuestionnaire } from '@/content/questionnaires';
import { Prisma } from '@/lib/generated/prisma/client';
import { sideKeys } from './figures';
import { roundVisibility } from '@/lib/domains/anonymity/visibility';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';

/** `statement` with "members(root, group_id)": every snapshot group paired with itself and each group below it. */
function withSubtreeMembers(organisationId: string, roundId: string, statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE closure(root, group_id, depth) AS (
      SELECT rg."groupId", rg."groupId", 0
        FROM "RoundGroup" rg
       WHERE rg."organisationId" = ${organisationId}::uuid AND rg."roundId" = ${roundId}::uuid
      UNION ALL
      SELECT c.root, rg."groupId", c.depth + 1
        FROM closure c
        JOIN "RoundGroup" rg ON rg."organisationId" = ${organisationId}::uuid AND rg."roundId" = ${roundId}::uuid AND rg."parentGroupId" = c.group_id
       WHERE c.depth < 64
    ),
    members AS (SELECT DISTINCT root, group_id FROM closure)
    ${statement}`;
}

/**
 * Pre-aggregation of a closed round's results (docs/decisions/0006-pre-aggregated-results.md).
 *
 * When a round closes, its submitted answers are summed once per frozen group (RoundGroup) and
 * item — the group's own respondents, the group with its whole snapshot subtree, and the round
 * as a whole (stored under the round's own id as its group) — into RoundGroupItemAggregate /
 * RoundGroupSideAggregate, and Round.aggregatedAt is set. Results then read a few thousand sums
 * instead of every answer.
 *
 * Only the sums of populations the anonymity rule shows are kept (trimRoundAggregates): a sum
 * over one leader is that leader's answers, and these rows outlive the raw answers by years, so
 * they must hold nothing a reader of the database could not be shown. The rule still decides
 * again at read time, for each viewer, which of them that viewer may see (lib/domains/results/views.ts
 * asks only for shown views); it can only hide more.
 *
 * A closed round's answers never change again (saves need an open round, and the close locks
 * the round row against saves in flight), so the sums stay true. Writing is idempotent: the
 * round's rows are replaced, so running it twice (a retried job) gives the same rows.
 *
 * Not 'server-only': the closing job and the benchmark's seed call it outside Next.
 */
export async function writeRoundAggregates(tx: Tx, organisationId: string, roundId: string, now = new Date()): Promise<void> {
  const round = await tx.round.findUniqueOrThrow({ where: { id: roundId, organisationId }, select: { questionnaireVersion: true, rawDataDeletedAt: true } });
  // Once retention has deleted the answers, these sums are all that is left: never recompute them from nothing.
  if (round.rawDataDeletedAt) return;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${roundId} uses unknown questionnaire version ${round.questionnaireVersion}`);
  const keys = sideKeys(questionnaire);

  await tx.$executeRaw`DELETE FROM "RoundGroupItemAggregate" WHERE "organisationId" = ${organisationId}::uuid AND "roundId" = ${roundId}::uuid`;
  await tx.$executeRaw`DELETE FROM "RoundGroupSideAggregate" WHERE "organisationId" = ${organisationId}::uuid AND "roundId" = ${roundId}::uuid`;

  // Own figures: every submitted response by the group it belongs to (also a group missing from
  // the snapshot, which then counts only in the round's total, as in the live query).
  await tx.$executeRaw`
    INSERT INTO "RoundGroupItemAggregate" ("organisationId", "roundId", "groupId", "subtree", "itemKey", "n", "sum", "sumSquares", "counts")
    SELECT ${organisationId}::uuid, ${roundId}::uuid, r."groupId", false, a."itemKey", count(*), sum(a.value), sum(a.value * a.value),
           ARRAY[count(*) FILTER (WHERE a.value = -2), count(*) FILTER (WHERE a.value = -1), count(*) FILTER (WHERE a.value = 0),
                 count(*) FILTER (WHERE a.value = 1), count(*) FILTER (WHERE a.value = 2), count(*) FILTER (WHERE a.value = 3),
                 count(*) FILTER (WHERE a.value = 4), count(*) FILTER (WHERE a.value = 5)]::int[]
      FROM "Response" r
      JOIN "Answer" a ON a."organisationId" = ${organisationId}::uuid AND a."responseId" = r.id
     WHERE r."organisationId" = ${organisationId}::uuid AND r."roundId" = ${roundId}::uuid AND r.status = 'SUBMITTED'
     GROUP BY r."groupId", a."itemKey"`;
  await tx.$executeRaw`
    INSERT INTO "RoundGroupSideAggregate" ("organisationId", "roundId", "groupId", "subtree", "strainN", "strainMeanSum", "resourceN", "resourceMeanSum")
    SELECT ${organisationId}::uuid, ${roundId}::uuid, p.group_id, false, count(p.sm), coalesce(sum(p.sm), 0), count(p.rm), coalesce(sum(p.rm), 0)
      FROM (
        SELECT r."groupId" AS group_id,
               avg(a.value) FILTER (WHERE a."itemKey" = ANY(${keys.strain}::text[])) AS sm,
               avg(a.value) FILTER (WHERE a."itemKey" = ANY(${keys.resource}::text[])) AS rm
          FROM "Response" r
          JOIN "Answer" a ON a."organisationId" = ${organisationId}::uuid AND a."responseId" = r.id
         WHERE r."organisationId" = ${organisationId}::uuid AND r."roundId" = ${roundId}::uuid AND r.status = 'SUBMITTED'
         GROUP BY r.id, r."groupId"
      ) p
     GROUP BY p.group_id`;

  // Subtree figures: each snapshot group with every snapshot group below it, rolled up from the
  // own rows just written. The depth limit guards against a corrupt (cyclic) snapshot.
  const closure = (statement: Prisma.Sql) => withSubtreeMembers(organisationId, roundId, statement);
  await tx.$executeRaw(
    closure(Prisma.sql`
      INSERT INTO "RoundGroupItemAggregate" ("organisationId", "roundId", "groupId", "subtree", "itemKey", "n", "sum", "sumSquares", "counts")
      SELECT ${organisationId}::uuid, ${roundId}::uuid, c.root, true, o."itemKey", sum(o.n), sum(o.sum), sum(o."sumSquares"),
             ARRAY[sum(o.counts[1]), sum(o.counts[2]), sum(o.counts[3]), sum(o.counts[4]), sum(o.counts[5]), sum(o.counts[6]), sum(o.counts[7]), sum(o.counts[8])]::int[]
        FROM members c
        JOIN "RoundGroupItemAggregate" o ON o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid AND o.subtree = false AND o."groupId" = c.group_id
       GROUP BY c.root, o."itemKey"`),
  );
  await tx.$executeRaw(
    closure(Prisma.sql`
      INSERT INTO "RoundGroupSideAggregate" ("organisationId", "roundId", "groupId", "subtree", "strainN", "strainMeanSum", "resourceN", "resourceMeanSum")
      SELECT ${organisationId}::uuid, ${roundId}::uuid, c.root, true, sum(o."strainN"), sum(o."strainMeanSum"), sum(o."resourceN"), sum(o."resourceMeanSum")
        FROM members c
        JOIN "RoundGroupSideAggregate" o ON o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid AND o.subtree = false AND o."groupId" = c.group_id
       GROUP BY c.root`),
  );
  await tx.$executeRaw`
    INSERT INTO "RoundGroupItemAggregate" ("organisationId", "roundId", "groupId", "subtree", "itemKey", "n", "sum", "sumSquares", "counts")
    SELECT ${organisationId}::uuid, ${roundId}::uuid, ${roundId}::uuid, true, o."itemKey", sum(o.n), sum(o.sum), sum(o."sumSquares"),
           ARRAY[sum(o.counts[1]), sum(o.counts[2]), sum(o.counts[3]), sum(o.counts[4]), sum(o.counts[5]), sum(o.counts[6]), sum(o.counts[7]), sum(o.counts[8])]::int[]
      FROM "RoundGroupItemAggregate" o
     WHERE o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid AND o.subtree = false
     GROUP BY o."itemKey"`;
  await tx.$executeRaw`
    INSERT INTO "RoundGroupSideAggregate" ("organisationId", "roundId", "groupId", "subtree", "strainN", "strainMeanSum", "resourceN", "resourceMeanSum")
    SELECT ${organisationId}::uuid, ${roundId}::uuid, ${roundId}::uuid, true, sum(o."strainN"), sum(o."strainMeanSum"), sum(o."resourceN"), sum(o."resourceMeanSum")
      FROM "RoundGroupSideAggregate" o
     WHERE o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid AND o.subtree = false
    HAVING count(*) > 0`;
  await trimRoundAggregates(tx, organisationId, roundId);
  // New sums are new figures: cached answers of the old ones become unreachable (closed-round-cache.ts).
  await tx.round.update({ where: { id: roundId, organisationId }, data: { aggregatedAt: now, resultsVersion: { increment: 1 } } });
}

/**
 * Deletes the sums of every population the anonymity rule does not show, by the round's own
 * verdicts (the round's snapshot and its submitted responses, both fixed once it is closed):
 * a group's subtree row is kept only when the group is shown, its own row only when the group
 * "alone" is shown, the round's total only when the total is shown. Idempotent; also run by the
 * retention job for rounds aggregated before sums were trimmed.
 */
export async function trimRoundAggregates(tx: Tx, organisationId: string, roundId: string): Promise<void> {
  const [snapshot, invited, submitted] = await Promise.all([
    tx.roundGroup.findMany({ where: { organisationId, roundId }, select: { groupId: true, parentGroupId: true, name: true } }),
    tx.invitation.groupBy({ by: ['groupId'], where: { organisationId, roundId }, _count: { _all: true } }),
    tx.response.groupBy({ by: ['groupId'], where: { organisationId, roundId, status: 'SUBMITTED' }, _count: { _all: true } }),
  ]);
  const counts = (rows: { groupId: string; _count: { _all: number } }[]) => new Map(rows.map((row) => [row.groupId, row._count._all]));
  const visibility = roundVisibility({ snapshot, invitedByGroup: counts(invited), submittedByGroup: counts(submitted), threshold: await thresholdOf(tx, organisationId, roundId) });
  const shown = (groupId: string | null, alone: boolean) => visibility.view({ groupId, alone })?.verdict === 'shown';
  const keepSubtree = visibility.groups.filter((g) => shown(g.groupId, false)).map((g) => g.groupId);
  const keepOwn = visibility.groups.filter((g) => g.childIds.length > 0 && shown(g.groupId, true)).map((g) => g.groupId);
  if (shown(null, false)) keepSubtree.push(roundId);
  for (const table of [Prisma.raw('"RoundGroupItemAggregate"'), Prisma.raw('"RoundGroupSideAggregate"')]) {
    await tx.$executeRaw`
      DELETE FROM ${table} o
       WHERE o."organisationId" = ${organisationId}::uuid AND o."roundId" = ${roundId}::uuid
         AND NOT (o.subtree AND o."groupId" = ANY(${keepSubtree}::uuid[]))
         AND NOT (NOT o.subtree AND o."groupId" = ANY(${keepOwn}::uuid[]))`;
  }
}

async function thresholdOf(tx: Tx, organisationId: string, roundId: string): Promise<number> {
  return (await tx.round.findUniqueOrThrow({ where: { id: roundId, organisationId }, select: { anonymityThreshold: true } })).anonymityThreshold;
}
