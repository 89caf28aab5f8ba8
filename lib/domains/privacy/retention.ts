import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { systemActor, type StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { holdsCopy, tombstoneShares } from '@/lib/domains/sharing/stored-share';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { ERASED_NAME } from './erased';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/**
 * The retention rule (GDPR art. 5(1)(e)): once a round has been closed for the organisation's
 * retention period, its raw answers and comments, the leaders' personal links, the copies of
 * what they shared with their managers and the concerns they raised about their pool (free text,
 * like a comment) are deleted. Each share stays as a nameless tombstone, so the anonymity rule
 * still counts it as known to its manager. The round's figures stay: they are read from the
 * pre-aggregated sums (written now if the round had none), so dashboards, comparisons and APV
 * reports of old rounds read exactly as before. Each round in one transaction; a daily job.
 */
export async function applyRetention(now = new Date()): Promise<{ rounds: number }> {
  let rounds = 0;
  // A system job across organisations; each round's work below is scoped to its own.
  const organisations = await systemTransaction((tx) => tx.organisation.findMany({ select: { id: true, retentionYears: true } }));
  for (const organisation of organisations) {
    const cutoff = new Date(now.getTime() - organisation.retentionYears * YEAR_MS);
    const expired = await scopedDb(organisation.id).round.findMany({ where: { status: 'CLOSED', closedAt: { lt: cutoff }, rawDataDeletedAt: null }, select: { id: true } });
    for (const round of expired) {
      await deleteRawRoundData(organisation.id, round.id, now);
      rounds++;
    }
  }
  return { rounds };
}

async function deleteRawRoundData(organisationId: string, roundId: string, now: Date): Promise<void> {
  await tenantTransaction(organisationId, async (tx) => {
    await writeRoundAggregates(tx, organisationId, roundId, now);
    const answers =
      await tx.$executeRaw`DELETE FROM "Answer" a USING "Response" r WHERE a."organisationId" = ${organisationId}::uuid AND r."organisationId" = ${organisationId}::uuid AND a."responseId" = r.id AND r."roundId" = ${roundId}::uuid`;
    const comments =
      await tx.$executeRaw`DELETE FROM "ResponseComment" c USING "Response" r WHERE c."organisationId" = ${organisationId}::uuid AND r."organisationId" = ${organisationId}::uuid AND c."responseId" = r.id AND r."roundId" = ${roundId}::uuid`;
    const tokens = await tx.invitationToken.deleteMany({ where: { organisationId, invitation: { roundId } } });
    // Counted: the copies deleted now (a withdrawn share has none left).
    const shares = await tx.sharedBalance.count({ where: { organisationId, roundId, ...holdsCopy } });
    await tombstoneShares(tx, organisationId, { roundId }, now, { leaderName: ERASED_NAME });
    const concerns = await tx.poolConcern.deleteMany({ where: { organisationId, roundId } });
    // The figures read the same from the sums, but the comments and shares behind them are gone:
    // every cached answer of this round is retired with them (lib/domains/results/closed-round-cache.ts).
    await tx.round.update({ where: { organisationId, id: roundId }, data: { rawDataDeletedAt: now, resultsVersion: { increment: 1 } } });
    await recordAudit(
      {
        ...auditedBy(systemActor(organisationId)),
        action: 'round.raw-data-deleted',
        target: { type: 'round', id: roundId },
        details: { answers, comments, links: tokens.count, shares, concerns: concerns.count },
      },
      tx,
    );
  });
}

/** HR's choice of how long raw data is kept after a round closes. */
export async function setRetentionYears(caller: StaffActor, retentionYears: number): Promise<void> {
  await tenantTransaction(caller.organisationId, async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: caller.organisationId }, select: { retentionYears: true } });
    if (before.retentionYears === retentionYears) return;
    await tx.organisation.update({ where: { id: caller.organisationId }, data: { retentionYears } });
    await recordAudit({ ...auditedBy(caller), action: 'organisation.retention-changed', details: { from: before.retentionYears, to: retentionYears } }, tx);
  });
}
