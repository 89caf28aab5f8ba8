import 'server-only';
import { randomInt } from 'node:crypto';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { hashToken } from '@/lib/platform/crypto/tokens';
import { notFound } from '@/lib/platform/errors';
import { enqueue } from '@/lib/platform/queue';
import { reminderMail } from '@/lib/platform/mail/templates/reminder';
import { answeredInvitationIds } from './participation';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { wrongState } from '@/lib/platform/errors';
import { isUuid } from '@/lib/platform/validation/uuid';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { claimAndSend, defaultMailDeps, loadInvitationForMail, mailFacts, type MailDeps } from './deliver';
import { storePersonalLinks } from './links';
import { isAcceptingAnswers } from './round-status';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Reminders go to leaders who have not answered — so everything about them must hide who that
 * was (decision 0004):
 *
 * - Who has answered is found by computing each invitation's response key (only the server can;
 *   lib/domains/invitations/participation.ts). No invitation records it.
 * - A ReminderDelivery row says one step went out to one invitation, so it is never sent twice;
 *   it is keyed by an HMAC of (invitation, step), not by the invitation. The row is inserted
 *   BEFORE the mail is sent; if sending fails it is deleted again so a later scan can retry. (A
 *   crash between insert and send loses that one reminder rather than doubling it.)
 * - The reminder carries the invitation's one personal link: no new link row is written for it.
 * - Reminders are sent in random order, so the rows' order on disk follows no list of people.
 *
 * Steps: a positive step d is the scheduled reminder d days before closesAt. HR's "send a
 * reminder now" uses step −(days since 1970), so it works once per day and never collides with a
 * scheduled step.
 */

export function manualReminderStep(now: Date): number {
  return -Math.floor(now.getTime() / DAY);
}

/** The key a delivery row is stored under: the invitation and step, hashed with the server's key. */
export function reminderDeliveryKey(invitationId: string, step: number): string {
  return hashToken(`${invitationId}:${step}`, 'reminder');
}

/** A reminder as the person's data export lists it: scheduled (so many days before closing) or sent by HR's "remind now". */
export type SentReminder = { kind: 'scheduled'; daysBefore: number; sentAt: Date } | { kind: 'manual'; daysBefore: null; sentAt: Date };

/**
 * The reminders one invitation was sent, found by computing the keys of every step it could
 * have had: the round's scheduled steps and one manual step per day it was open. For the
 * person's own data export (GDPR art. 15); nothing shown to staff asks this.
 */
export async function remindersSentTo(
  organisationId: string,
  invitation: { id: string; round: { id: string; reminderDays: number[]; openedAt: Date | null; closedAt: Date | null } },
  now = new Date(),
): Promise<SentReminder[]> {
  const { round } = invitation;
  const steps = new Set(round.reminderDays.filter((d) => d > 0));
  if (round.openedAt) {
    const last = manualReminderStep(round.openedAt);
    const first = manualReminderStep(round.closedAt ?? now);
    for (let step = first; step <= last; step++) steps.add(step);
  }
  const keys = [...steps].map((step) => reminderDeliveryKey(invitation.id, step));
  const rows = await scopedDb(organisationId).reminderDelivery.findMany({
    where: { roundId: round.id, deliveryKey: { in: keys } },
    select: { daysBefore: true, sentAt: true },
    orderBy: { sentAt: 'asc' },
  });
  // A manual step is a day number, not a distance to the closing day: say what it was instead.
  return rows.map((row) => (row.daysBefore > 0 ? { kind: 'scheduled', daysBefore: row.daysBefore, sentAt: row.sentAt } : { kind: 'manual', daysBefore: null, sentAt: row.sentAt }));
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface ReminderStep {
  step: number;
  /** The step's moment; a step that came before the invitation was sent is no reminder of it. Null: any time (a manual reminder). */
  at: Date | null;
}

/**
 * The invitations of a round that should get a reminder now, each with the steps it is due: sent,
 * leader not archived, not answered, the step not yet delivered. In random order.
 */
async function dueReminders(organisationId: string, roundId: string, steps: readonly ReminderStep[]): Promise<{ invitationId: string; steps: number[] }[]> {
  const tenant = scopedDb(organisationId);
  const invitations = await tenant.invitation.findMany({ where: { roundId, sentAt: { not: null }, leader: { archivedAt: null } }, select: { id: true, sentAt: true } });
  if (invitations.length === 0 || steps.length === 0) return [];
  const answered = await answeredInvitationIds(
    tenant,
    organisationId,
    roundId,
    invitations.map((i) => i.id),
  );
  const open = invitations.filter((i) => !answered.has(i.id));
  const candidates = open.flatMap((invitation) =>
    steps.filter((s) => s.at === null || s.at > invitation.sentAt!).map((s) => ({ invitationId: invitation.id, step: s.step, key: reminderDeliveryKey(invitation.id, s.step) })),
  );
  const delivered = new Set<string>();
  for (let i = 0; i < candidates.length; i += 5000) {
    const rows = await tenant.reminderDelivery.findMany({ where: { roundId, deliveryKey: { in: candidates.slice(i, i + 5000).map((c) => c.key) } }, select: { deliveryKey: true } });
    for (const row of rows) delivered.add(row.deliveryKey);
  }
  const byInvitation = new Map<string, number[]>();
  for (const c of candidates) if (!delivered.has(c.key)) byInvitation.set(c.invitationId, [...(byInvitation.get(c.invitationId) ?? []), c.step]);
  return shuffled([...byInvitation].map(([invitationId, due]) => ({ invitationId, steps: due })));
}

/**
 * Makes sure every invitation of the round has its stored personal link before any reminder goes
 * out. Rounds opened since links are derived have them all from the start; for an older round
 * this writes them for everyone at once, never for the unanswered alone.
 */
async function storeRoundLinks(organisationId: string, roundId: string): Promise<void> {
  await tenantTransaction(
    organisationId,
    async (tx) => {
      const ids = await tx.invitation.findMany({ where: { organisationId, roundId }, select: { id: true } });
      await storePersonalLinks(
        tx,
        organisationId,
        ids.map((i) => i.id),
      );
    },
    { timeout: 60_000 },
  );
}

async function deliverReminder(organisationId: string, invitationId: string, steps: number[], deps: MailDeps, now: Date): Promise<'sent' | 'skipped'> {
  const invitation = await loadInvitationForMail(organisationId, invitationId);
  if (!invitation || invitation.leader.archivedAt || !isAcceptingAnswers(invitation.round, now)) return 'skipped';
  // Asked again at the moment of sending: the leader may have answered since the scan began.
  if ((await answeredInvitationIds(scopedDb(organisationId), organisationId, invitation.roundId, [invitationId])).size > 0) return 'skipped';
  const keys = steps.map((step) => reminderDeliveryKey(invitationId, step));
  const sent = await claimAndSend(
    invitation,
    async (tx) => {
      await tx.reminderDelivery.createMany({ data: steps.map((daysBefore, i) => ({ organisationId, roundId: invitation.roundId, deliveryKey: keys[i]!, daysBefore, sentAt: now })) });
      return true;
    },
    (tx) => tx.reminderDelivery.deleteMany({ where: { organisationId, deliveryKey: { in: keys } } }),
    (url) => reminderMail(mailFacts(invitation, url), invitation.locale, now),
    deps,
  );
  return sent ? 'sent' : 'skipped';
}

async function deliverAll(organisationId: string, roundId: string, due: { invitationId: string; steps: number[] }[], deps: MailDeps, now: Date): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (due.length === 0) return result;
  await storeRoundLinks(organisationId, roundId);
  for (const { invitationId, steps } of due) {
    try {
      if ((await deliverReminder(organisationId, invitationId, steps, deps, now)) === 'sent') result.sent++;
    } catch {
      result.failed++;
    }
  }
  return result;
}

export interface ScanResult {
  sent: number;
  /** Sends that failed this time; they are retried by the next scan. */
  failed: number;
}

/**
 * The reminders of the "reminder-scan" job (every minute; lib/edges/jobs/workers.ts closes the rounds
 * whose time is up first): sends each due reminder step to every invitation that is sent,
 * unanswered and not yet reminded for it. A round past its closing time reminds no one, closed
 * or not. When several steps are due at once (the server was down), the leader gets one mail
 * covering all.
 */
export async function runReminderScan(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<ScanResult> {
  const result: ScanResult = { sent: 0, failed: 0 };
  // A system job across all organisations; each round's work below is scoped to its own.
  const rounds = await systemTransaction((tx) =>
    tx.round.findMany({ where: { status: 'OPEN', closesAt: { gt: now } }, select: { id: true, organisationId: true, closesAt: true, reminderDays: true } }),
  );
  for (const round of rounds) {
    const steps = round.reminderDays
      .filter((d) => d > 0)
      .map((d) => ({ step: d, at: new Date(round.closesAt.getTime() - d * DAY) }))
      .filter((s) => s.at <= now);
    if (steps.length === 0) continue;
    const done = await deliverAll(round.organisationId, round.id, await dueReminders(round.organisationId, round.id, steps), deps, now);
    result.sent += done.sent;
    result.failed += done.failed;
  }
  return result;
}

/**
 * HR's "send a reminder now": queues one job that reminds every unanswered leader who has not had
 * today's manual reminder. Returns how many leaders it will reach (0: nothing to do).
 */
export async function requestManualReminder(caller: StaffActor, roundId: string, now = new Date()): Promise<{ queued: number }> {
  if (!isUuid(roundId)) throw notFound();
  const round = await scopedDb(caller.organisationId).round.findUnique({ where: { id: roundId }, select: { id: true, status: true, closesAt: true } });
  if (!round) throw notFound();
  if (!isAcceptingAnswers(round, now)) throw wrongState('rounds.errors.notOpen');
  const step = manualReminderStep(now);
  const eligible = await dueReminders(caller.organisationId, roundId, [{ step, at: null }]);
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
export async function sendManualReminders(
  job: { organisationId: string; roundId: string; step: number },
  deps: MailDeps = defaultMailDeps,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const due = await dueReminders(job.organisationId, job.roundId, [{ step: job.step, at: null }]);
  return deliverAll(job.organisationId, job.roundId, due, deps, now);
}
