import 'server-only';
import type { MailDeps } from '@/lib/domains/invitations/deliver';
import { membersWithAny } from '@/lib/domains/notifications/recipients';
import { sendOnce } from '@/lib/domains/notifications/send-once';
import { danishDayOf, dayOf, isoDay } from '@/lib/platform/format/dates';
import { apvRevisionDueMail } from '@/lib/platform/mail/templates/apv-revision-due';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { apvMailFacts } from './follow-up-mails';
import { revisionWarning, roundClosedOn } from './revision';

export interface MailScanResult {
  sent: number;
  /** Sends that failed this time; the next scan retries them. */
  failed: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * HR (apv:edit) and MED/AMO (apv:approve) hear 60 and 14 days before a group's APV must be
 * revised — each warning once per revision date and recipient. Only a group's newest APV counts:
 * an older round's is superseded by it. A date set closer than 60 days gets only the nearer warning.
 */
export async function mailRevisionsDue(now: Date, deps: MailDeps, result: MailScanResult): Promise<void> {
  const today = dayOf(danishDayOf(now));
  const records = await systemTransaction((tx) =>
    tx.apvRecord.findMany({
      where: { organisation: { NOT: { disabledMails: { has: 'APV_REVISION_DUE' } } } },
      select: { id: true, organisationId: true, roundId: true, groupId: true, revisionDueOn: true, round: { select: { closedAt: true, closesAt: true } } },
    }),
  );
  const newest = new Map<string, (typeof records)[number]>();
  for (const record of records) {
    const key = `${record.organisationId}/${record.groupId}`;
    const held = newest.get(key);
    if (!held || roundClosedOn(record.round) > roundClosedOn(held.round)) newest.set(key, record);
  }
  for (const record of newest.values()) {
    const daysLeft = Math.round((record.revisionDueOn.getTime() - today.getTime()) / DAY);
    const warning = revisionWarning(daysLeft);
    if (warning === null) continue;
    for (const recipient of await membersWithAny(record.organisationId, ['apv:edit', 'apv:approve'])) {
      try {
        const key = `${record.id}:${isoDay(record.revisionDueOn)}:${warning}:${recipient.userId}`;
        const outcome = await sendOnce(
          record.organisationId,
          'APV_REVISION_DUE',
          key,
          async () => {
            const built = await apvMailFacts(record, recipient);
            return built && apvRevisionDueMail({ ...built.facts, dueOn: isoDay(record.revisionDueOn), days: daysLeft }, built.locale);
          },
          deps,
        );
        if (outcome === 'sent') result.sent++;
      } catch {
        result.failed++;
      }
    }
  }
}
