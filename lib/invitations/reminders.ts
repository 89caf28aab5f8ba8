import { recordAudit } from '@/lib/audit/record-audit';
import { notFound } from '@/lib/errors';
import { enqueue } from '@/lib/jobs/queue';
import { reminderMail } from '@/lib/mail/templates/reminder';
import { closeExpiredRounds } from '@/lib/rounds/mutations';
import { auditedBy, wrongState, type RoundCaller } from '@/lib/rounds/caller';
import { isUuid } from '@/lib/rounds/ids';
import { scopedDb } from '@/lib/tenant/scoped-db';
import { claimLinkAndSend, defaultMailDeps, loadInvitationForMail, mailFacts, type MailDeps } from './deliver';
import { isAcceptingAnswers } from './links';
import { systemTransaction } from '@/lib/tenant/tenant-transaction';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Reminders. A ReminderDelivery row (invitation, step) says a reminder step went out; its primary
 * key makes a second one impossible. The row is inserted BEFORE the mail is sent, in the same
 * transaction as the mail's new link; if sending fails the row is deleted again so a later scan
 * can retry. (A crash between insert and send loses that one reminder rather than doubling it.)
 *
 * Steps: a positive step d is the scheduled reminder d days before closesAt. HR's "send a
 * reminder now" uses step −(days since 1970), so it works once per day and never collides with a
 * scheduled step.
 */

export function manualReminderStep(now: Date): number {
  return -Math.floor(now.getTime() / DAY);
}

async function deliverReminder(organisationId: string, invitationId: string, steps: number[], deps: MailDeps, now: Date): Promise<'sent' | 'skipped'> {
  const invitation = await loadInvitationForMail(organisationId, invitationId);
  if (!invitation || invitation.answeredAt || invitation.leader.archivedAt || !isAcceptingAnswers(invitation.round, now)) return 'skipped';
  const sent = await claimLinkAndSend(
    invitation,
    async (tx) => {
      await tx.reminderDelivery.createMany({ data: steps.map((daysBefore) => ({ organisationId, invitationId, daysBefore, sentAt: now })) });
      return true;
    },
    (tx) => tx.reminderDelivery.deleteMany({ where: { organisationId, invitationId, daysBefore: { in: steps } } }),
    (url) => reminderMail(mailFacts(invitation, url), invitation.locale, now),
    deps,
  );
  return sent ? 'sent' : 'skipped';
}

export interface ScanResult {
  closedRounds: number;
  sent: number;
  /** Sends that failed this time; they are retried by the next scan. */
  failed: number;
}

/**
 * The "reminder-scan" job (every minute): closes rounds whose time is up, then sends each due
 * reminder step to every invitation that is sent, unanswered and not yet reminded for it. When
 * several steps are due at once (the server was down), the leader gets one mail covering all.
 */
export async function runReminderScan(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<ScanResult> {
  const result: ScanResult = { closedRounds: await closeExpiredRounds(now), sent: 0, failed: 0 };
  // A system job across all organisations; each round's work below is scoped to its own.
  const rounds = await systemTransaction((tx) =>
    tx.round.findMany({ where: { status: 'OPEN', closesAt: { gt: now } }, select: { id: true, organisationId: true, closesAt: true, reminderDays: true } }),
  );
  for (const round of rounds) {
    const due = round.reminderDays.filter((d) => d > 0).map((d) => ({ step: d, at: new Date(round.closesAt.getTime() - d * DAY) })).filter((s) => s.at <= now);
    if (due.length === 0) continue;
    const invitations = await scopedDb(round.organisationId).invitation.findMany({
      where: { roundId: round.id, answeredAt: null, sentAt: { not: null } },
      select: { id: true, sentAt: true, reminders: { select: { daysBefore: true } } },
    });
    for (const invitation of invitations) {
      const done = new Set(invitation.reminders.map((r) => r.daysBefore));
      // A step whose moment came before the invitation was sent is no reminder of it.
      const steps = due.filter((s) => s.at > invitation.sentAt! && !done.has(s.step)).map((s) => s.step);
      if (steps.length === 0) continue;
      try {
        if ((await deliverReminder(round.organisationId, invitation.id, steps, deps, now)) === 'sent') result.sent++;
      } catch {
        result.failed++;
      }
    }
  }
  return result;
}

async function eligibleForManualReminder(organisationId: string, roundId: string, step: number) {
  return scopedDb(organisationId).invitation.findMany({
    where: { roundId, answeredAt: null, sentAt: { not: null }, leader: { archivedAt: null }, reminders: { none: { daysBefore: step } } },
    select: { id: true },
  });
}

/**
 * HR's "send a reminder now": queues one job that reminds every unanswered leader who has not had
 * today's manual reminder. Returns how many leaders it will reach (0: nothing to do).
 */
export async function requestManualReminder(
  caller: RoundCaller,
  roundId: string,
  now = new Date(),
): Promise<{ queued: number }> {
  if (!isUuid(roundId)) throw notFound();
  const round = await scopedDb(caller.organisationId).round.findUnique({ where: { id: roundId }, select: { id: true, status: true, closesAt: true } });
  if (!round) throw notFound();
  if (!isAcceptingAnswers(round, now)) throw wrongState('rounds.errors.notOpen');
  const step = manualReminderStep(now);
  const eligible = await eligibleForManualReminder(caller.organisationId, roundId, step);
  if (eligible.length === 0) return { queued: 0 };
  await enqueue('send-manual-reminder', { organisationId: caller.organisationId, roundId, step });
  await recordAudit({
    ...auditedBy(caller),
    action: 'round.reminder-requested',
    target: { type: 'round', id: roundId },
    details: { leaders: eligible.length },
  });
  return { queued: eligible.length };
}

/** The "send-manual-reminder" job. Throws after trying everyone if some failed, so the queue retries those. */
export async function sendManualReminders(job: { organisationId: string; roundId: string; step: number }, deps: MailDeps = defaultMailDeps, now = new Date()): Promise<{ sent: number; failed: number }> {
  const eligible = await eligibleForManualReminder(job.organisationId, job.roundId, job.step);
  const result = { sent: 0, failed: 0 };
  for (const invitation of eligible) {
    try {
      if ((await deliverReminder(job.organisationId, invitation.id, [job.step], deps, now)) === 'sent') result.sent++;
    } catch {
      result.failed++;
    }
  }
  return result;
}
