import 'server-only';
import { invitationMail } from '@/lib/platform/mail/templates/invitation';
import { defaultMailDeps, claimAndSend, loadInvitationForMail, mailFacts, type MailDeps } from './deliver';
import { isAcceptingAnswers } from './round-status';

export type SendResult = 'sent' | 'skipped';

/**
 * The "send-invitation" job: one leader's invitation mail with their personal link. Idempotent —
 * an invitation already marked sent is skipped, and the mark is set before the mail leaves, so
 * two workers never both send it; a failed send clears the mark again for the retry.
 */
export async function sendInvitation(job: { organisationId: string; invitationId: string }, deps: MailDeps = defaultMailDeps, now = new Date()): Promise<SendResult> {
  const invitation = await loadInvitationForMail(job.organisationId, job.invitationId);
  if (!invitation || invitation.sentAt || invitation.leader.archivedAt || !isAcceptingAnswers(invitation.round, now)) return 'skipped';
  const { organisationId, id } = invitation;
  const sent = await claimAndSend(
    invitation,
    async (tx) => (await tx.invitation.updateMany({ where: { organisationId, id, sentAt: null }, data: { sentAt: now } })).count === 1,
    (tx) => tx.invitation.updateMany({ where: { organisationId, id, sentAt: now }, data: { sentAt: null } }),
    (url) => invitationMail(mailFacts(invitation, url), invitation.locale),
    deps,
  );
  return sent ? 'sent' : 'skipped';
}
