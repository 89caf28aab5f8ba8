import 'server-only';
import { env } from '@/lib/platform/env';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { poolConcernMail } from '@/lib/platform/mail/templates/pool-concern';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { concernRecipients } from '@/lib/domains/responses/pool-concern-recipients';
import { getPoolConcern } from '@/lib/domains/responses/pool-concerns';

/**
 * The "send-pool-concern" job: every MED/AMO member (else every HR admin) gets the concern in
 * their own language. A failed send fails the job and the queue retries it; those already
 * mailed then get it twice — a repeated notice rather than a lost one.
 */
export async function mailPoolConcern(job: { organisationId: string; concernId: string }, deps: MailDeps = defaultMailDeps): Promise<number> {
  const tenant = scopedDb(job.organisationId);
  const concern = await getPoolConcern(tenant, job.concernId);
  if (!concern) return 0;
  const { audience, recipients } = await concernRecipients(tenant);
  const url = `${env().APP_URL.replace(/\/$/, '')}/${concern.organisation.slug}/rounds/${concern.round.id}`;
  for (const recipient of recipients) {
    await deps.send(
      poolConcernMail(
        {
          to: recipient.email,
          audience,
          organisationName: concern.organisation.name,
          roundName: concern.round.name,
          groupName: concern.groupName,
          message: concern.message,
          url,
        },
        recipient.locale,
      ),
    );
  }
  return recipients.length;
}
