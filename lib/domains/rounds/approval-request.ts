import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';
import { enqueueMany, jobQueue, type JobData } from '@/lib/platform/queue';
import { sendMail, type OutgoingMail } from '@/lib/platform/mail/send-mail';
import { approvalRequestedMail } from '@/lib/platform/mail/templates/approval-requested';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { approvalState, approverRoles } from './approval';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { wrongState } from '@/lib/platform/errors';
import { roundInvitees } from './invitees';
import { lockRound } from './mutations';
import { openRound } from './open-round';

/** MED/AMO are mailed about one round at most once a day: an integration retrying "open" must not flood them. */
export const ASK_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;

export type ApprovalRequestOutcome =
  { outcome: 'asked'; approvers: number; requestedAt: Date } | { outcome: 'already-asked'; requestedAt: Date } | { outcome: 'already-approved' } | { outcome: 'no-approvers' };

/**
 * Asks every MED/AMO member but the round's creator to approve a draft's opening: one mail each,
 * in their own language, queued in the same transaction that records when they were asked — so
 * either both happen or neither. Within a day of the last request nothing is sent again, unless
 * an approval given since has been voided by a change (then there is something new to look at).
 */
export async function requestApproval(caller: StaffActor, roundId: string, now = new Date()): Promise<ApprovalRequestOutcome> {
  // Started before the transaction, as in openRound: a first start creates the queue's schema.
  await jobQueue();
  const organisationId = caller.organisationId;
  return tenantTransaction(organisationId, async (tx): Promise<ApprovalRequestOutcome> => {
    const round = await lockRound(tx, caller, roundId);
    if (round.status !== 'DRAFT') throw wrongState('rounds.errors.notDraft');
    const invitees = await roundInvitees(tx, organisationId, round.groupIds);
    if (invitees.leaders.length === 0) throw wrongState('rounds.errors.noLeaders');
    const state = await approvalState(tx, organisationId, round, invitees);
    if (!state.required) throw new AppError('conflict', { messageKey: 'roundApproval.errors.notRequired' });
    if (state.valid) return { outcome: 'already-approved' };
    const voidedSinceAsked = state.approval !== null && state.requestedAt !== null && state.approval.approvedAt >= state.requestedAt;
    if (state.requestedAt && now.getTime() - state.requestedAt.getTime() < ASK_AGAIN_AFTER_MS && !voidedSinceAsked) {
      return { outcome: 'already-asked', requestedAt: state.requestedAt };
    }
    const approvers = await tx.membership.findMany({
      where: { organisationId, role: { in: approverRoles }, ...(round.createdById ? { userId: { not: round.createdById } } : {}) },
      select: { userId: true },
    });
    if (approvers.length === 0) return { outcome: 'no-approvers' };
    await tx.round.update({ where: { id: roundId, organisationId }, data: { approvalRequestedAt: now } });
    await enqueueMany(
      'send-approval-request',
      approvers.map((a) => ({ organisationId, roundId, userId: a.userId })),
      { tx },
    );
    await recordAudit({ ...auditedBy(caller), action: 'round.approval-requested', target: { type: 'round', id: roundId }, details: { approvers: approvers.length } }, tx);
    return { outcome: 'asked', approvers: approvers.length, requestedAt: now };
  });
}

/**
 * The API's "open": opens the round, or — when it still needs MED/AMO's approval — asks them for
 * it and answers 409 approval_required all the same, so an integration learns why and a person
 * learns that there is something to check.
 */
export async function openOrRequestApproval(caller: StaffActor, roundId: string, now = new Date()): Promise<{ invited: number }> {
  try {
    return await openRound(caller, roundId, now);
  } catch (error) {
    if (error instanceof AppError && error.code === 'approval_required') await requestApproval(caller, roundId, now);
    throw error;
  }
}

/**
 * The "send-approval-request" job: one MED/AMO member's mail with a link to the round. Looked up
 * when it runs, so a round opened (or a member who left MED/AMO) in the meantime gets no mail.
 */
export async function sendApprovalRequest(job: JobData['send-approval-request'], deps: { send: (mail: OutgoingMail) => Promise<void> } = { send: sendMail }): Promise<'sent' | 'skipped'> {
  const tenant = scopedDb(job.organisationId);
  const [round, member, organisation] = await Promise.all([
    tenant.round.findUnique({ where: { id: job.roundId } }),
    tenant.membership.findFirst({ where: { userId: job.userId, role: { in: approverRoles } }, select: { user: { select: { email: true, name: true, locale: true } } } }),
    tenant.organisation.findUnique({ where: { id: job.organisationId }, select: { name: true, slug: true } }),
  ]);
  if (!round || round.status !== 'DRAFT' || !member || !organisation) return 'skipped';
  const { covered, leaders } = await roundInvitees(tenant, job.organisationId, round.groupIds);
  const url = `${env().APP_URL.replace(/\/$/, '')}/${organisation.slug}/rounds/${round.id}`;
  await deps.send(
    approvalRequestedMail(
      { to: member.user.email, recipientName: member.user.name, organisationName: organisation.name, roundName: round.name, leaders: leaders.length, groups: covered.length, url },
      member.user.locale,
    ),
  );
  return 'sent';
}
