import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { translatorFor } from '@/lib/platform/i18n/translator';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { openApvRound, requireApvGroup, requireApvPermission } from './access';
import { dayOf, isoDay } from '@/lib/platform/format/dates';
import { checkRevisionDate, roundClosedOn } from './revision';
import type { ApvApprovalInput, ApvCommentInput, ApvRecordInput } from './schemas';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** How a member's name stands in the record they sign: their name, or their address until they give one. */
const signature = (author: MemberActor): string => author.name ?? author.email;

const audit = (author: MemberActor, action: 'apv.updated' | 'apv.commented' | 'apv.approved', recordId: string, details: Record<string, string>) => ({
  ...auditedBy(author),
  action,
  target: { type: 'apv-record', id: recordId },
  details,
});

/**
 * Saves the APV elements HR writes (apv:edit). The revision date may be moved earlier than
 * three years after the round closed, never later. Saving what is already there changes
 * nothing — so an autosave that repeats itself does not undo MED/AMO's approvals.
 */
export async function saveApvRecord(author: MemberActor, input: ApvRecordInput): Promise<{ changed: boolean; updatedAt: Date }> {
  requireApvPermission(author, 'apv:edit');
  const apv = await openApvRound(author, input.roundId);
  requireApvGroup(apv, input.groupId);
  const closedOn = roundClosedOn(apv.ctx.round);
  const check = checkRevisionDate(input.revisionDueOn, closedOn);
  if (!check.ok) {
    const t = translatorFor(author.locale);
    const message = check.reason === 'too-late' ? t('apv.errors.revisionTooLate') : t('apv.errors.revisionBeforeClose');
    throw new AppError('validation_failed', { messageKey: 'apv.errors.revisionInvalid', userMessage: message, details: [{ path: 'revisionDueOn', message }] });
  }
  const organisationId = author.organisationId;
  const fields = { problemsAssessment: input.problemsAssessment, sicknessAbsence: input.sicknessAbsence, followUpGuidelines: input.followUpGuidelines };
  return tenantTransaction(organisationId, async (tx) => {
    const key = { organisationId, roundId: input.roundId, groupId: input.groupId };
    const existing = await tx.apvRecord.findUnique({ where: { organisationId_roundId_groupId: key } });
    if (existing) {
      const same = Object.entries(fields).every(([k, v]) => existing[k as keyof typeof fields] === v) && isoDay(existing.revisionDueOn) === input.revisionDueOn;
      if (same) return { changed: false, updatedAt: existing.updatedAt };
    }
    const record = await tx.apvRecord.upsert({
      where: { organisationId_roundId_groupId: key },
      create: { ...key, ...fields, revisionDueOn: dayOf(input.revisionDueOn), updatedById: author.userId },
      update: { ...fields, revisionDueOn: dayOf(input.revisionDueOn), updatedById: author.userId },
    });
    await recordAudit(audit(author, 'apv.updated', record.id, { roundId: input.roundId, groupId: input.groupId }), tx);
    return { changed: true, updatedAt: record.updatedAt };
  });
}

/** A comment on the record (apv:comment). Writing the first comment does not start the APV: the record must exist. */
export async function addApvComment(author: MemberActor, input: ApvCommentInput): Promise<{ id: string }> {
  requireApvPermission(author, 'apv:comment');
  const record = await requireStartedRecord(author, input);
  return tenantTransaction(author.organisationId, async (tx) => {
    const comment = await tx.apvComment.create({
      data: { organisationId: author.organisationId, apvRecordId: record.id, authorUserId: author.userId, authorName: signature(author), body: input.body },
    });
    await recordAudit(audit(author, 'apv.commented', record.id, { commentId: comment.id }), tx);
    return { id: comment.id };
  });
}

/** MED/AMO's approval of the record as it reads now (apv:approve); approving again renews it after an edit. */
export async function approveApvRecord(author: MemberActor, input: ApvApprovalInput): Promise<{ approvedAt: Date }> {
  requireApvPermission(author, 'apv:approve');
  const record = await requireStartedRecord(author, input);
  const organisationId = author.organisationId;
  return tenantTransaction(organisationId, async (tx) => {
    const now = new Date();
    const approval = await tx.apvApproval.upsert({
      where: { organisationId_apvRecordId_userId: { organisationId, apvRecordId: record.id, userId: author.userId } },
      create: { organisationId, apvRecordId: record.id, userId: author.userId, userName: signature(author), approvedAt: now },
      update: { userName: signature(author), approvedAt: now },
    });
    await recordAudit(audit(author, 'apv.approved', record.id, { recordUpdatedAt: record.updatedAt.toISOString() }), tx);
    return { approvedAt: approval.approvedAt };
  });
}

async function requireStartedRecord(author: MemberActor, input: { roundId: string; groupId: string }) {
  const apv = await openApvRound(author, input.roundId);
  requireApvGroup(apv, input.groupId);
  const record = await scopedDb(author.organisationId).apvRecord.findUnique({
    where: { organisationId_roundId_groupId: { organisationId: author.organisationId, roundId: input.roundId, groupId: input.groupId } },
  });
  if (!record) throw new AppError('conflict', { messageKey: 'apv.errors.notStarted', userMessage: 'The APV has not been written yet.' });
  return record;
}
