import 'server-only';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { actionOverdueMail } from '@/lib/platform/mail/templates/action-overdue';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { actionMailFacts } from './action-mail-facts';
import { danishToday } from './dates';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface OverdueScanResult {
  sent: number;
  /** Sends that failed this time; the next scan retries them. */
  failed: number;
}

/**
 * The "action-reminder-scan" job. Every planned or in-progress action whose due day has passed
 * (in Danish time) and has an owner's e-mail gets one mail per due date. As with the invitation
 * reminders, an ActionReminderDelivery row (action, due date) is claimed BEFORE the mail is sent
 * and removed again if sending fails: its key makes a second mail for the same due date
 * impossible — for a retried job, a second scan running at once, or a restarted server — while
 * moving the due date makes a new reminder possible.
 */
export async function runActionReminderScan(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<OverdueScanResult> {
  const result: OverdueScanResult = { sent: 0, failed: 0 };
  // A system job across all organisations; each action's work below is scoped to its own.
  const due = await systemTransaction((tx) =>
    tx.actionItem.findMany({
      where: { status: { in: ['PLANNED', 'IN_PROGRESS'] }, dueDate: { lt: danishToday(now) }, ownerEmail: { not: null } },
      select: { id: true, organisationId: true, dueDate: true, reminders: { select: { dueDate: true } } },
    }),
  );
  for (const candidate of due) {
    if (candidate.reminders.some((r) => r.dueDate.getTime() === candidate.dueDate.getTime())) continue;
    try {
      if (await remindOwner(candidate.organisationId, candidate.id, candidate.dueDate, deps)) result.sent++;
    } catch {
      result.failed++;
    }
  }
  return result;
}

async function remindOwner(organisationId: string, actionItemId: string, dueDate: Date, deps: MailDeps): Promise<boolean> {
  const tenant = scopedDb(organisationId);
  const found = await actionMailFacts(organisationId, actionItemId, dueDate);
  if (!found) return false;
  const claimed = await tenant.actionReminderDelivery.createMany({ data: [{ organisationId, actionItemId, dueDate }], skipDuplicates: true });
  if (claimed.count === 0) return false;
  const mail = actionOverdueMail(found.facts, found.locale);
  try {
    await deps.send(mail);
    return true;
  } catch (error) {
    await tenant.actionReminderDelivery.deleteMany({ where: { actionItemId, dueDate } });
    throw error;
  }
}
