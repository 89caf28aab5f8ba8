import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { notFound } from '@/lib/platform/errors';
import type { Round } from '@/lib/generated/prisma/client';
import { isUuid } from '@/lib/platform/validation/uuid';
import { settleClosedRound } from './settle-closed-round';
import { systemActor, type StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { wrongState } from '@/lib/platform/errors';
import { DEFAULT_REMINDER_DAYS, defaultCommentThreshold, type RoundInput } from './schemas';
import { type Tx, systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { enqueue, jobQueue } from '@/lib/platform/queue';

/** The chosen groups must be this organisation's and not archived (another organisation's id looks unknown). */
async function checkGroups(tx: Tx, caller: StaffActor, groupIds: string[]): Promise<string[]> {
  const unique = [...new Set(groupIds)];
  const found = await tx.leaderGroup.findMany({ where: { organisationId: caller.organisationId, id: { in: unique } }, select: { id: true, archivedAt: true } });
  const byId = new Map(found.map((g) => [g.id, g]));
  if (unique.some((id) => !byId.has(id))) throw fieldRefusal(caller, 'validation_failed', 'groupIds', 'validation.groupUnknown');
  if (unique.some((id) => byId.get(id)!.archivedAt)) throw fieldRefusal(caller, 'validation_failed', 'groupIds', 'validation.groupArchived');
  return unique;
}

function roundData(input: Omit<RoundInput, 'defaultLocale'> & { defaultLocale: 'da' | 'en' }, groupIds: string[]) {
  return {
    name: input.name,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    groupIds,
    questionnaireVersion: input.questionnaireVersion,
    defaultLocale: input.defaultLocale,
    anonymityThreshold: input.anonymityThreshold,
    commentThreshold: input.commentThreshold ?? defaultCommentThreshold(input.anonymityThreshold),
    reminderDays: [...input.reminderDays].sort((a, b) => b - a),
  };
}

export type NewRound = Omit<RoundInput, 'defaultLocale' | 'reminderDays'> & { defaultLocale?: 'da' | 'en' | undefined; reminderDays?: number[] | undefined };

/** A new round, saved as a draft: nothing is sent until it is opened. */
export async function createRound(caller: StaffActor, input: NewRound): Promise<Round> {
  return tenantTransaction(caller.organisationId, async (tx) => {
    const groupIds = await checkGroups(tx, caller, input.groupIds);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: caller.organisationId }, select: { defaultLocale: true } });
    const round = await tx.round.create({
      data: {
        organisationId: caller.organisationId,
        status: 'DRAFT',
        // The creator may not be the second person who approves its opening (lib/domains/rounds/approval.ts).
        createdById: caller.kind === 'member' ? caller.userId : null,
        ...roundData({ ...input, defaultLocale: input.defaultLocale ?? organisation.defaultLocale, reminderDays: input.reminderDays ?? [...DEFAULT_REMINDER_DAYS] }, groupIds),
      },
    });
    await recordAudit({ ...auditedBy(caller), action: 'round.created', target: { type: 'round', id: round.id }, details: { name: round.name } }, tx);
    return round;
  });
}

/** The round, locked for the rest of the transaction, or 404 for a malformed, unknown or another organisation's id. */
export async function lockRound(tx: Tx, caller: StaffActor, roundId: string): Promise<Round> {
  if (!isUuid(roundId)) throw notFound();
  // FOR UPDATE: two HR admins acting on one round at once are served one after the other.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Round" WHERE id = ${roundId}::uuid AND "organisationId" = ${caller.organisationId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.round.findUniqueOrThrow({ where: { id: roundId, organisationId: caller.organisationId } });
}

/** A draft's settings, changed before it opens (afterwards they are what leaders were promised). */
export async function updateRound(caller: StaffActor, roundId: string, input: RoundInput): Promise<Round> {
  return tenantTransaction(caller.organisationId, async (tx) => {
    const current = await lockRound(tx, caller, roundId);
    if (current.status !== 'DRAFT') throw wrongState('rounds.errors.notDraft');
    const groupIds = await checkGroups(tx, caller, input.groupIds);
    const round = await tx.round.update({ where: { id: roundId, organisationId: caller.organisationId }, data: roundData(input, groupIds) });
    await recordAudit({ ...auditedBy(caller), action: 'round.updated', target: { type: 'round', id: round.id } }, tx);
    return round;
  });
}

/** A later closing date for an open round; every link keeps working until then. */
export async function extendRound(caller: StaffActor, roundId: string, closesAt: Date, now = new Date()): Promise<Round> {
  return tenantTransaction(caller.organisationId, async (tx) => {
    const current = await lockRound(tx, caller, roundId);
    if (current.status !== 'OPEN' || current.closesAt <= now) throw wrongState('rounds.errors.notOpen');
    if (closesAt <= now) throw fieldRefusal(caller, 'validation_failed', 'closesAt', 'validation.closesInFuture');
    if (closesAt <= current.closesAt) throw fieldRefusal(caller, 'validation_failed', 'closesAt', 'validation.closesAfterCurrent');
    const round = await tx.round.update({ where: { id: roundId, organisationId: caller.organisationId }, data: { closesAt } });
    await recordAudit(
      {
        ...auditedBy(caller),
        action: 'round.extended',
        target: { type: 'round', id: round.id },
        details: { from: current.closesAt.toISOString(), to: closesAt.toISOString() },
      },
      tx,
    );
    return round;
  });
}

/** A big round's answers are summed and sealed while it closes; that may take longer than Prisma's default 5 s. */
const closingTransaction = { timeout: 120_000, maxWait: 10_000 };

/**
 * Who may see the results hears that they are ready (lib/domains/results/results-ready-mail.ts):
 * queued in the closing transaction, so the mail exists exactly when the close does. Not in
 * settleClosedRound, which the demo seed and the benchmark also run, where nobody is to be mailed.
 */
async function queueResultsReady(tx: Tx, organisationId: string, roundId: string): Promise<void> {
  await enqueue('send-results-ready', { organisationId, roundId }, { tx, singletonKey: `results-ready:${roundId}` });
}

/** Closes an open round now (early). Its links stop working at once; its results are pre-aggregated and its responses sealed in the same transaction. */
export async function closeRound(caller: StaffActor, roundId: string, now = new Date()): Promise<Round> {
  // Started before the transaction, as in openRound: a first start creates the queue's schema.
  await jobQueue();
  return tenantTransaction(
    caller.organisationId,
    async (tx) => {
      const current = await lockRound(tx, caller, roundId);
      if (current.status !== 'OPEN') throw wrongState('rounds.errors.notOpen');
      // A round past its closing time already stopped taking answers then; record that moment.
      const closedAt = current.closesAt < now ? current.closesAt : now;
      await tx.round.update({ where: { id: roundId, organisationId: caller.organisationId }, data: { status: 'CLOSED', closedAt } });
      await settleClosedRound(tx, caller.organisationId, roundId, now);
      await queueResultsReady(tx, caller.organisationId, roundId);
      await recordAudit({ ...auditedBy(caller), action: 'round.closed', target: { type: 'round', id: roundId }, details: { early: closedAt < current.closesAt } }, tx);
      return tx.round.findUniqueOrThrow({ where: { id: roundId, organisationId: caller.organisationId } });
    },
    closingTransaction,
  );
}

/** Marks every open round whose closing time has passed as closed (the scheduled job; links already stopped at closesAt). */
export async function closeExpiredRounds(now = new Date()): Promise<number> {
  // A system job across all organisations; each round is then closed in its own organisation's transaction.
  const due = await systemTransaction((tx) => tx.round.findMany({ where: { status: 'OPEN', closesAt: { lte: now } }, select: { id: true, organisationId: true, closesAt: true } }));
  let closed = 0;
  if (due.length > 0) await jobQueue();
  for (const round of due) {
    await tenantTransaction(
      round.organisationId,
      async (tx) => {
        const { count } = await tx.round.updateMany({ where: { id: round.id, organisationId: round.organisationId, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: round.closesAt } });
        if (count === 0) return;
        closed++;
        await settleClosedRound(tx, round.organisationId, round.id, now);
        await queueResultsReady(tx, round.organisationId, round.id);
        await recordAudit({ ...auditedBy(systemActor(round.organisationId)), action: 'round.closed', target: { type: 'round', id: round.id }, details: { early: false } }, tx);
      },
      closingTransaction,
    );
  }
  return closed;
}
