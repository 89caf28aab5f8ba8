import 'server-only';
import { toLocale } from '@/i18n/locale';
import { db } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { actionOverdueMail } from '@/lib/platform/mail/templates/action-overdue';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isoDay } from '@/lib/platform/format/dates';
import { danishToday } from './dates';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface OverdueScanResult {
  sent: number;
  /** Sends that failed this time; the next scan retries them. */
  failed: number;
}

/** The owner's language: theirs if they are a user of the product, else Danish. */
async function ownerLocale(email: string) {
  const user = await db().user.findUnique({ where: { email }, select: { locale: true } });
  return toLocale(user?.locale ?? undefined);
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
  const action = await tenant.actionItem.findUnique({
    where: { id: actionItemId },
    include: { organisation: { select: { name: true, slug: true } }, round: { select: { id: true, name: true } } },
  });
  // Changed since the scan read it: done, dropped, re-dated or without an owner now.
  if (!action || !action.ownerEmail || action.dueDate.getTime() !== dueDate.getTime() || (action.status !== 'PLANNED' && action.status !== 'IN_PROGRESS')) return false;
  const claimed = await tenant.actionReminderDelivery.createMany({ data: [{ organisationId, actionItemId, dueDate }], skipDuplicates: true });
  if (claimed.count === 0) return false;
  const group = action.groupId ? await tenant.roundGroup.findFirst({ where: { roundId: action.roundId, groupId: action.groupId }, select: { name: true } }) : null;
  const mail = actionOverdueMail(
    {
      to: action.ownerEmail,
      ownerName: action.ownerName,
      organisationName: action.organisation.name,
      roundName: action.round.name,
      groupName: group?.name ?? null,
      title: action.title,
      dueDate: isoDay(action.dueDate),
      url: `${env().APP_URL.replace(/\/$/, '')}/${action.organisation.slug}/action-plan/${action.id}`,
    },
    await ownerLocale(action.ownerEmail),
  );
  try {
    await deps.send(mail);
    return true;
  } catch (error) {
    await tenant.actionReminderDelivery.deleteMany({ where: { actionItemId, dueDate } });
    throw error;
  }
}
