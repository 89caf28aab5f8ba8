import { getQuestionnaire } from '@/content/questionnaires';
import { Prisma } from '@/lib/generated/prisma/client';
import { sideKeys } from './figures';
import type { Tx } from '@/lib/tenant/tenant-transaction';

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
 * item — the group's own respondents, and the group with its whole snapshot subtree — into
 * RoundGroupItemAggregate / RoundGroupSideAggregate, and Round.aggregatedAt is set. Results then
 * read a few thousand sums instead of every answer. The rows are raw counts and sums: the
 * anonymity rule still decides at read time which of them may be shown, exactly as for live
 * figures (lib/results/views.ts asks only for shown views).
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
  await tx.round.update({ where: { id: roundId, organisationId }, data: { aggregatedAt: now } });
}
