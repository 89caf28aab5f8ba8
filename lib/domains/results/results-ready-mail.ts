import 'server-only';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { sendOnce } from '@/lib/domains/notifications/send-once';
import { env } from '@/lib/platform/env';
import { resultsReadyMail } from '@/lib/platform/mail/templates/results-ready';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { visibleGroupsFor } from './access';
import { resultsReach } from './permissions';
import { loadRoundContext } from './round-context';

/** Whether this member may open anything of the closed round: the results pages' own rule, asked as they would ask it. */
async function maySeeResults(member: MemberActor, roundId: string): Promise<boolean> {
  if (!resultsReach(member)) return false;
  const ctx = await loadRoundContext(member, roundId);
  if (!ctx || !ctx.figuresAvailable) return false;
  const access = await visibleGroupsFor(member, ctx);
  return access.total || access.groupIds.size > 0;
}

/**
 * The "send-results-ready" job, queued by the transaction that closes a round: each member who
 * may see some of its results (a manager whose groups were not in it, or a leader not invited,
 * may not) hears once, in their own language, with a link to the dashboard and no figure.
 * The members come from the job's edge, which builds them as the sign-in guard would.
 */
export async function mailResultsReady(job: { organisationId: string; roundId: string }, members: readonly MemberActor[], deps: MailDeps = defaultMailDeps): Promise<number> {
  const tenant = scopedDb(job.organisationId);
  const [round, organisation] = await Promise.all([
    tenant.round.findUnique({ where: { id: job.roundId }, select: { id: true, name: true, status: true } }),
    tenant.organisation.findUnique({ where: { id: job.organisationId }, select: { name: true, slug: true } }),
  ]);
  if (!round || round.status !== 'CLOSED' || !organisation) return 0;
  const url = `${env().APP_URL.replace(/\/$/, '')}/${organisation.slug}/results/${round.id}`;
  let sent = 0;
  for (const member of members) {
    if (!(await maySeeResults(member, round.id))) continue;
    const facts = { to: member.email, recipientName: member.name, organisationName: organisation.name, roundName: round.name, url };
    const outcome = await sendOnce(job.organisationId, 'RESULTS_READY', `${round.id}:${member.userId}`, async () => resultsReadyMail(facts, member.locale), deps);
    if (outcome === 'switched-off') return sent;
    if (outcome === 'sent') sent++;
  }
  return sent;
}
