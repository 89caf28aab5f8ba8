import 'server-only';
import type { OutgoingMail } from '@/lib/platform/mail/send-mail';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import type { FollowUpMail } from './schemas';
import { mailSwitchedOn } from './switches';

export interface MailSender {
  send: (mail: OutgoingMail) => Promise<void>;
}

export type SendOnceOutcome = 'sent' | 'already-sent' | 'switched-off' | 'nothing-to-send';

/**
 * The one way a follow-up mail leaves: only while the organisation has it switched on, and at
 * most once per delivery key (what it is about and to whom). As with the invitation reminders,
 * the MailDelivery row is claimed BEFORE the mail is sent and removed again if building or
 * sending fails: its key makes a second mail impossible — for a retried job, two scans at once or
 * a restarted server — while a failure leaves the mail to the next run.
 */
export async function sendOnce(organisationId: string, kind: FollowUpMail, deliveryKey: string, build: () => Promise<OutgoingMail | null>, sender: MailSender): Promise<SendOnceOutcome> {
  if (!(await mailSwitchedOn(organisationId, kind))) return 'switched-off';
  const tenant = scopedDb(organisationId);
  const claimed = await tenant.mailDelivery.createMany({ data: [{ organisationId, kind, deliveryKey }], skipDuplicates: true });
  if (claimed.count === 0) return 'already-sent';
  const release = () => tenant.mailDelivery.deleteMany({ where: { kind, deliveryKey } });
  try {
    const mail = await build();
    if (!mail) {
      await release();
      return 'nothing-to-send';
    }
    await sender.send(mail);
    return 'sent';
  } catch (error) {
    await release();
    throw error;
  }
}
