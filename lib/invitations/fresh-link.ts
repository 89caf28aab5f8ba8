import { recordAudit } from '@/lib/audit/record-audit';
import type { RequestContext } from '@/lib/http/request-context';
import { enqueue } from '@/lib/jobs/queue';
import { enforceRateLimits } from '@/lib/rate-limit/enforce';
import { freshLinkMail } from '@/lib/mail/templates/fresh-link';
import { emailSchema } from '@/lib/organisations/schemas';
import { scopedDb } from '@/lib/tenant/scoped-db';
import { createPersonalLink, isAcceptingAnswers } from './links';
import { defaultMailDeps, loadInvitationForMail, mailFacts, type MailDeps } from './deliver';
import { systemTransaction, tenantTransaction } from '@/lib/tenant/tenant-transaction';

/** More fresh links than this per invitation and hour are not sent: /link must not become a way to flood an inbox. */
export const FRESH_LINKS_PER_HOUR = 3;

/**
 * A leader who lost their link asks for a new one by e-mail address. For every open round in
 * which that address has an invitation, a job mails a new link. The caller always answers the
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
  const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
  for (const leader of leaders) {
    const invitations = await scopedDb(leader.organisationId).invitation.findMany({
      where: { leaderId: leader.id, round: { status: 'OPEN', closesAt: { gt: now } } },
      select: { id: true, _count: { select: { tokens: { where: { createdAt: { gte: hourAgo } } } } } },
    });
    for (const invitation of invitations) {
      if (invitation._count.tokens >= FRESH_LINKS_PER_HOUR) continue;
      await enqueue('send-fresh-link', { organisationId: leader.organisationId, invitationId: invitation.id });
      // No address in the details: the audit log says a link was asked for, not who typed what.
      await recordAudit({ organisationId: leader.organisationId, action: 'invitation.link-requested', actor: { system: true }, target: { type: 'invitation', id: invitation.id }, ...(context ? { context } : {}) });
    }
  }
}

/** The "send-fresh-link" job. A failed send removes the unsent link and is retried by the queue. */
export async function sendFreshLink(job: { organisationId: string; invitationId: string }, deps: MailDeps = defaultMailDeps, now = new Date()): Promise<'sent' | 'skipped'> {
  const invitation = await loadInvitationForMail(job.organisationId, job.invitationId);
  if (!invitation || invitation.leader.archivedAt || !isAcceptingAnswers(invitation.round, now)) return 'skipped';
  // Checked again here: requests arriving faster than the queue runs all passed the first check.
  const recent = await scopedDb(job.organisationId).invitationToken.count({ where: { invitationId: invitation.id, createdAt: { gte: new Date(now.getTime() - 60 * 60 * 1000) } } });
  if (recent >= FRESH_LINKS_PER_HOUR) return 'skipped';
  const link = await tenantTransaction(invitation.organisationId, (tx) => createPersonalLink(tx, invitation));
  try {
    await deps.send(freshLinkMail(mailFacts(invitation, link.url), invitation.locale));
  } catch (error) {
    await scopedDb(invitation.organisationId).invitationToken.deleteMany({ where: { organisationId: invitation.organisationId, tokenHash: link.tokenHash } });
    throw error;
  }
  return 'sent';
}
