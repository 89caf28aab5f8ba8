import 'server-only';
import { systemActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { enqueue } from '@/lib/platform/queue';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';
import { freshLinkMail } from '@/lib/platform/mail/templates/fresh-link';
import { emailSchema } from '@/lib/domains/organisations/schemas';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { personalLinkFor } from './links';
import { isAcceptingAnswers } from './round-status';
import { defaultMailDeps, loadInvitationForMail, mailFacts, type MailDeps } from './deliver';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * A leader who lost their link asks for a new one by e-mail address. For every open round in
 * which that address has an invitation, a job mails their link again. The caller always answers the
 * same ("if your address is known, a link is on its way"): nothing here tells the asker whether
 * the address is known, and the mail itself is sent by the queue, so the answer takes as long
 * either way.
 */
export async function requestFreshLink(email: string, context?: RequestContext, now = new Date()): Promise<void> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return;
  // The same limit whether the address is known or not, so being refused tells nothing either.
  await enforceRateLimits(['freshLinkPerIp', context?.ip], ['freshLinkPerEmail', parsed.data]);
  // The address is all we have, so this lookup spans organisations; everything after it is scoped.
  const address = parsed.data;
  const leaders = await systemTransaction((tx) => tx.leader.findMany({ where: { email: address, archivedAt: null }, select: { id: true, organisationId: true } }));
  for (const leader of leaders) {
    const invitations = await scopedDb(leader.organisationId).invitation.findMany({
      where: { leaderId: leader.id, round: { status: 'OPEN', closesAt: { gt: now } } },
      select: { id: true },
    });
    // The per-address limit above also keeps /link from flooding an inbox: a few mails an hour.
    for (const invitation of invitations) {
      await enqueue('send-fresh-link', { organisationId: leader.organisationId, invitationId: invitation.id });
      // No address in the details: the audit log says a link was asked for, not who typed what.
      await recordAudit({ ...auditedBy(systemActor(leader.organisationId)), action: 'invitation.link-requested', target: { type: 'invitation', id: invitation.id }, ...(context ? { context } : {}) });
    }
  }
}

/**
 * The "send-fresh-link" job: the leader's personal link, mailed again. It is the same link as in
 * the invitation (links are derived from the invitation), so asking writes no new row that could
 * date the leader's visit. A failed send is retried by the queue.
 */
export async function sendFreshLink(job: { organisationId: string; invitationId: string }, deps: MailDeps = defaultMailDeps, now = new Date()): Promise<'sent' | 'skipped'> {
  const invitation = await loadInvitationForMail(job.organisationId, job.invitationId);
  if (!invitation || invitation.leader.archivedAt || !isAcceptingAnswers(invitation.round, now)) return 'skipped';
  const link = await tenantTransaction(invitation.organisationId, (tx) => personalLinkFor(tx, invitation));
  await deps.send(freshLinkMail(mailFacts(invitation, link.url), invitation.locale));
  return 'sent';
}
