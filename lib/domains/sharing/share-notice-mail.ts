import 'server-only';
import { toLocale } from '@/i18n/locale';
import { db } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { shareNoticeMail } from '@/lib/platform/mail/templates/share-notice';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';

/**
 * The "send-share-notice" job: the manager a leader shared with hears of it once, in their own
 * language. A share withdrawn before the job ran sends nothing — nothing is left to see.
 */
export async function mailShareNotice(job: { organisationId: string; shareId: string }, deps: MailDeps = defaultMailDeps): Promise<boolean> {
  const tenant = scopedDb(job.organisationId);
  const share = await tenant.sharedBalance.findUnique({
    where: { id: job.shareId },
    select: { managerEmail: true, leaderName: true, withdrawnAt: true, roundId: true, organisation: { select: { name: true, slug: true } } },
  });
  if (!share || share.withdrawnAt) return false;
  const round = await tenant.round.findUniqueOrThrow({ where: { id: share.roundId }, select: { name: true } });
  const user = await db().user.findUnique({ where: { email: share.managerEmail }, select: { locale: true } });
  const url = `${env().APP_URL.replace(/\/$/, '')}/${share.organisation.slug}/shared-with-me`;
  await deps.send(
    shareNoticeMail({ to: share.managerEmail, organisationName: share.organisation.name, roundName: round.name, leaderName: share.leaderName, url }, toLocale(user?.locale ?? undefined)),
  );
  return true;
}
