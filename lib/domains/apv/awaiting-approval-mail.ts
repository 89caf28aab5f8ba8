import 'server-only';
import type { MailDeps } from '@/lib/domains/invitations/deliver';
import { membersWithAny } from '@/lib/domains/notifications/recipients';
import { sendOnce } from '@/lib/domains/notifications/send-once';
import { apvAwaitsApprovalMail } from '@/lib/platform/mail/templates/apv-awaits-approval';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { apvMailFacts } from './follow-up-mails';
import { isCurrentApproval } from './status';
import type { MailScanResult } from './revision-due-mail';

/** HR's autosave writes as they type: the mail waits until the record has been quiet this long. */
export const QUIET_MINUTES = 15;
/** Only what HR wrote lately is news; an APV left unapproved for years is the overview's business, not a mail's. */
export const NEWS_DAYS = 30;
const MINUTE = 60 * 1000;

/**
 * MED/AMO (who hold apv:approve) hear once that a group's APV waits for their approval: when HR
 * has written it, and again only when an edit voids the approval given since (a new cycle, keyed
 * by that approval's time). Keyed per record, cycle and recipient, so a second scan sends nothing.
 */
export async function mailApvsAwaitingApproval(now: Date, deps: MailDeps, result: MailScanResult): Promise<void> {
  const records = await systemTransaction((tx) =>
    tx.apvRecord.findMany({
      where: {
        updatedAt: { lte: new Date(now.getTime() - QUIET_MINUTES * MINUTE), gte: new Date(now.getTime() - NEWS_DAYS * 24 * 60 * MINUTE) },
        organisation: { NOT: { disabledMails: { has: 'APV_AWAITS_APPROVAL' } } },
      },
      select: { id: true, organisationId: true, roundId: true, groupId: true, updatedAt: true, approvals: { select: { approvedAt: true } } },
    }),
  );
  for (const record of records) {
    if (record.approvals.some((approval) => isCurrentApproval(approval, record))) continue;
    const lastApproval = Math.max(0, ...record.approvals.map((a) => a.approvedAt.getTime()));
    const cycle = lastApproval === 0 ? 'first' : new Date(lastApproval).toISOString();
    for (const recipient of await membersWithAny(record.organisationId, ['apv:approve'])) {
      try {
        const outcome = await sendOnce(
          record.organisationId,
          'APV_AWAITS_APPROVAL',
          `${record.id}:${cycle}:${recipient.userId}`,
          async () => {
            const built = await apvMailFacts(record, recipient);
            return built && apvAwaitsApprovalMail(built.facts, built.locale);
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
