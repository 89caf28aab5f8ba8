import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { storePersonalLinks } from '@/lib/domains/invitations/links';
import { enqueueMany, jobQueue } from '@/lib/platform/queue';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { wrongState } from '@/lib/platform/errors';
import { secondApprovalFor } from './approval';
import { isUuid } from '@/lib/platform/validation/uuid';
import { roundInvitees } from './invitees';
import { lockRound } from './mutations';
import { notFound } from '@/lib/platform/errors';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * DRAFT → OPEN in one transaction: the group tree below the chosen groups is frozen as the
 * round's snapshot, every active leader in it gets an invitation and its personal link, and one "send-invitation" job
 * per invitation is queued in the same transaction — so either all of it happens or none.
 * The mails themselves leave from the queue's workers. Where the organisation has a MED/AMO
 * member, it opens only with a second person's valid approval of exactly these invitations
 * (lib/domains/rounds/approval.ts); otherwise 409 approval_required.
 */
export async function openRound(caller: StaffActor, roundId: string, now = new Date()): Promise<{ invited: number }> {
  if (!isUuid(roundId)) throw notFound();
  // Started before the transaction: a first start creates the queue's schema, which must not wait inside it.
  await jobQueue();
  const organisationId = caller.organisationId;
  return tenantTransaction(
    organisationId,
    async (tx) => {
      const round = await lockRound(tx, caller, roundId);
      if (round.status !== 'DRAFT') throw wrongState('rounds.errors.notDraft');
      if (round.closesAt <= now) throw fieldRefusal(caller, 'validation_failed', 'closesAt', 'validation.closesInFuture');

      // Read once: the approval is checked against exactly what is invited below.
      const invitees = await roundInvitees(tx, organisationId, round.groupIds);
      const { covered, leaders } = invitees;
      if (leaders.length === 0) throw wrongState('rounds.errors.noLeaders');
      const approval = await secondApprovalFor(tx, organisationId, round, invitees);

      await tx.round.update({ where: { id: roundId, organisationId }, data: { status: 'OPEN', openedAt: now } });
      await tx.roundGroup.createMany({ data: covered.map((g) => ({ organisationId, roundId, groupId: g.id, parentGroupId: g.parentId, name: g.name })) });
      const invitations = await tx.invitation.createManyAndReturn({
        data: leaders.map((leader) => ({ organisationId, roundId, leaderId: leader.id, groupId: leader.groupId, locale: leader.locale ?? round.defaultLocale })),
        select: { id: true },
      });
      // Every personal link is stored now, for everyone at once: reminders and fresh links reuse
      // them, so no later write tells a reader of the database who was reminded (decision 0004).
      await storePersonalLinks(
        tx,
        organisationId,
        invitations.map((invitation) => invitation.id),
      );
      await enqueueMany(
        'send-invitation',
        invitations.map((invitation) => ({ organisationId, invitationId: invitation.id })),
        { tx },
      );
      await recordAudit(
        {
          ...auditedBy(caller),
          action: 'round.opened',
          target: { type: 'round', id: roundId },
          details: { invited: invitations.length, groups: covered.length, ...approval },
        },
        tx,
      );
      return { invited: invitations.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
