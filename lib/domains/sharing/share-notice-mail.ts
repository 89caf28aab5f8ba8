import 'server-only';
import { env } from '@/lib/platform/env';
import { shareNoticeMail } from '@/lib/platform/mail/templates/share-notice';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { localeOfAddress } from '@/lib/domains/notifications/recipients';
import { sendOnce } from '@/lib/domains/notifications/send-once';

/**
 * The "send-share-notice" job: the manager a leader shared with hears of it once per act of
 * sharing (sharing again renews the share's date, and is news again), in their own language, if
 * the organisation sends this mail. A share withdrawn before the job ran sends nothing — nothing
 * is left to see.
 */
export async function mailShareNotice(job: { organisationId: string; shareId: string }, deps: MailDeps = defaultMailDeps): Promise<boolean> {
  const tenant = scopedDb(job.organisationId);
  const share = await tenant.sharedBalance.findUnique({
    where: { id: job.shareId },
    select: { managerEmail: true, leaderName: true, withdrawnAt: true, createdAt: true, roundId: true, organisation: { select: { name: true, slug: true } } },
  });
  if (!share || share.withdrawnAt) return false;
  const outcome = await sendOnce(
    job.organisationId,
    'SHARE_NOTICE',
    `${job.shareId}:${share.createdAt.toISOString()}`,
    async () => {
      const round = await tenant.round.findUniqueOrThrow({ where: { id: share.roundId }, select: { name: true } });
      const url = `${env().APP_URL.replace(/\/$/, '')}/${share.organisation.slug}/shared-with-me`;
      const facts = { to: share.managerEmail, organisationName: share.organisation.name, roundName: round.name, leaderName: share.leaderName, url };
      return shareNoticeMail(facts, await localeOfAddress(job.organisationId, share.managerEmail));
    },
    deps,
  );
  return outcome === 'sent';
}
