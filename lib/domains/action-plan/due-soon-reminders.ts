import 'server-only';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { sendOnce } from '@/lib/domains/notifications/send-once';
import { actionDueSoonMail } from '@/lib/platform/mail/templates/action-due-soon';
import { isoDay } from '@/lib/platform/format/dates';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { actionMailFacts } from './action-mail-facts';
import { danishToday } from './dates';
import type { OverdueScanResult } from './overdue-reminders';

/** How far ahead the owner hears of a deadline. */
export const DUE_SOON_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Part of the "action-reminder-scan" job: every planned or in-progress action with an owner's
 * e-mail whose due day is within the next seven days (in Danish time) gets one mail per due date,
 * a week ahead — or at once, if it was set closer than that. The overdue mail (./overdue-reminders.ts)
 * is separate and follows if the day passes. Moving the due date makes a new reminder possible.
 */
export async function runDueSoonScan(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<OverdueScanResult> {
  const result: OverdueScanResult = { sent: 0, failed: 0 };
  const today = danishToday(now);
  const until = new Date(today.getTime() + DUE_SOON_DAYS * DAY);
  // A system job across all organisations; each action's mail below is scoped to its own.
  const due = await systemTransaction((tx) =>
    tx.actionItem.findMany({
      where: { status: { in: ['PLANNED', 'IN_PROGRESS'] }, dueDate: { gt: today, lte: until }, ownerEmail: { not: null }, organisation: { NOT: { disabledMails: { has: 'ACTION_DUE_SOON' } } } },
      select: { id: true, organisationId: true, dueDate: true },
    }),
  );
  for (const candidate of due) {
    try {
      const days = Math.round((candidate.dueDate.getTime() - today.getTime()) / DAY);
      const outcome = await sendOnce(
        candidate.organisationId,
        'ACTION_DUE_SOON',
        `${candidate.id}:${isoDay(candidate.dueDate)}`,
        () => buildMail(candidate.organisationId, candidate.id, candidate.dueDate, days),
        deps,
      );
      if (outcome === 'sent') result.sent++;
    } catch {
      result.failed++;
    }
  }
  return result;
}

async function buildMail(organisationId: string, actionItemId: string, dueDate: Date, days: number) {
  const found = await actionMailFacts(organisationId, actionItemId, dueDate);
  return found ? actionDueSoonMail({ ...found.facts, days }, found.locale) : null;
}
