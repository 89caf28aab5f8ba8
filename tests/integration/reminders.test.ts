import { afterAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { AppError } from '@/lib/platform/errors';
import { resolveInvitationToken } from '@/lib/domains/invitations/links';
import { manualReminderStep, reminderDeliveryKey, requestManualReminder, runReminderScan, sendManualReminders } from '@/lib/domains/invitations/reminders';
import { sendInvitation } from '@/lib/domains/invitations/send-invitation';
import { reminderScanJob } from '@/lib/edges/jobs/workers';
import { stopJobQueue } from '@/lib/platform/queue';
import type { OutgoingMail } from '@/lib/platform/mail/send-mail';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { capturingMailer, createDraft, createRoundsOrg, DAY, linkIn } from '../fixtures/rounds';
import { markAnswered } from '../fixtures/respondents';
import { systemActor } from '@/lib/domains/auth/actor';

afterAll(async () => {
  await stopJobQueue();
});

const MINUTE = 60_000;

/**
 * An open round over Sundhed (6 leaders) closing in 10 days with reminders 7 and 2 days before,
 * every invitation sent now. The scan spans all organisations in the test database, so the
 * tests look only at mails to this organisation's leaders.
 */
async function sentRound(options: { reminderDays?: number[]; closesInDays?: number } = {}) {
  const org = await createRoundsOrg();
  const now = Date.now();
  const closesAt = new Date(now + (options.closesInDays ?? 10) * DAY);
  const draft = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id], closesAt, reminderDays: options.reminderDays ?? [7, 2] });
  await openRound(org.caller, draft.id);
  const tenant = scopedDb(org.organisationId);
  const invitations = await tenant.invitation.findMany({ where: { roundId: draft.id }, include: { leader: true } });
  const setup = capturingMailer();
  for (const invitation of invitations) await sendInvitation({ organisationId: org.organisationId, invitationId: invitation.id }, setup.deps);
  const emails = new Set(invitations.map((i) => i.leader.email));
  const ours = (mails: OutgoingMail[]) => mails.filter((m) => emails.has(m.to));
  return { org, tenant, roundId: draft.id, closesAt, invitations, ours, inviteMails: setup.sent };
}

describe('the reminder scan', () => {
  it('sends nothing before a reminder step is due', async () => {
    const { ours } = await sentRound();
    const mailer = capturingMailer();
    await runReminderScan(new Date(), mailer.deps);
    expect(ours(mailer.sent)).toHaveLength(0);
  });

  it('reminds only those who have not answered, and never twice for the same step', async () => {
    const { tenant, closesAt, invitations, ours } = await sentRound();
    const answered = invitations.slice(0, 2);
    for (const invitation of answered) await markAnswered(invitation);
    const sevenDaysBefore = new Date(closesAt.getTime() - 7 * DAY + MINUTE);

    const mailer = capturingMailer();
    await runReminderScan(sevenDaysBefore, mailer.deps);
    await runReminderScan(new Date(sevenDaysBefore.getTime() + MINUTE), mailer.deps);

    const reminded = ours(mailer.sent)
      .map((m) => m.to)
      .sort();
    expect(reminded).toEqual(
      invitations
        .slice(2)
        .map((i) => i.leader.email)
        .sort(),
    );
    expect(ours(mailer.sent)[0]!.subject).toMatch(/^(Påmindelse: LederAPV 2027 lukker om 7 dage|Reminder: LederAPV 2027 closes in 7 days)$/);
    expect(await tenant.reminderDelivery.count({ where: { daysBefore: 7 } })).toBe(4);
  });

  it('sends the next step when its day comes', async () => {
    const { closesAt, ours } = await sentRound();
    const mailer = capturingMailer();
    await runReminderScan(new Date(closesAt.getTime() - 7 * DAY + MINUTE), mailer.deps);
    await runReminderScan(new Date(closesAt.getTime() - 2 * DAY + MINUTE), mailer.deps);
    await runReminderScan(new Date(closesAt.getTime() - 1 * DAY), mailer.deps);
    expect(ours(mailer.sent)).toHaveLength(12);
    expect(ours(mailer.sent).filter((m) => m.subject.includes('2 dage') || m.subject.includes('2 days'))).toHaveLength(6);
  });

  it('sends one mail, not two, when two steps fell due while the server was down', async () => {
    const { tenant, closesAt, ours } = await sentRound();
    const mailer = capturingMailer();
    await runReminderScan(new Date(closesAt.getTime() - 1 * DAY), mailer.deps);
    expect(ours(mailer.sent)).toHaveLength(6);
    expect(await tenant.reminderDelivery.count()).toBe(12);
  });

  it('skips a step whose moment came before the invitation was sent', async () => {
    // Opened 3 days before closing: the 7-day reminder would make no sense.
    const { closesAt, ours } = await sentRound({ closesInDays: 3 });
    const mailer = capturingMailer();
    await runReminderScan(new Date(closesAt.getTime() - 2 * DAY - MINUTE), mailer.deps);
    expect(ours(mailer.sent)).toHaveLength(0);
    await runReminderScan(new Date(closesAt.getTime() - 2 * DAY + MINUTE), mailer.deps);
    expect(ours(mailer.sent)).toHaveLength(6);
  });

  it('reminds with the link from the invitation, and writes no link row a reader could date', async () => {
    const { tenant, roundId, closesAt, invitations, ours, inviteMails } = await sentRound();
    const linksBefore = await tenant.invitationToken.findMany({ where: { invitation: { roundId } }, orderBy: { tokenHash: 'asc' } });
    const mailer = capturingMailer();
    const at = new Date(closesAt.getTime() - 7 * DAY + MINUTE);
    await runReminderScan(at, mailer.deps);
    const leader = invitations[0]!.leader.email;
    const reminderToken = linkIn(ours(mailer.sent).find((m) => m.to === leader)!);
    expect(reminderToken).toBe(linkIn(inviteMails.find((m) => m.to === leader)!));
    expect(await resolveInvitationToken(reminderToken, at)).toMatchObject({ state: 'open', invitation: { id: invitations[0]!.id } });
    expect(await tenant.invitationToken.findMany({ where: { invitation: { roundId } }, orderBy: { tokenHash: 'asc' } })).toEqual(linksBefore);
  });

  it('sends exactly one mail per leader when a scan is interrupted by a failing send and run again', async () => {
    const { tenant, closesAt, invitations, ours } = await sentRound();
    const at = new Date(closesAt.getTime() - 7 * DAY + MINUTE);
    const unlucky = invitations[3]!.leader.email;
    const flaky = capturingMailer({ failFor: (mail) => mail.to === unlucky });
    const first = await runReminderScan(at, flaky.deps);
    expect(first.failed).toBeGreaterThanOrEqual(1);
    expect(ours(flaky.sent)).toHaveLength(5);
    // The failed one left no delivery row, so the next scan can send it.
    expect(await tenant.reminderDelivery.count({ where: { deliveryKey: reminderDeliveryKey(invitations[3]!.id, 7) } })).toBe(0);

    const working = capturingMailer();
    await runReminderScan(new Date(at.getTime() + MINUTE), working.deps);
    await runReminderScan(new Date(at.getTime() + 2 * MINUTE), working.deps);
    expect(ours(working.sent).map((m) => m.to)).toEqual([unlucky]);
    const perLeader = new Map<string, number>();
    for (const mail of [...ours(flaky.sent), ...ours(working.sent)]) perLeader.set(mail.to, (perLeader.get(mail.to) ?? 0) + 1);
    expect([...perLeader.values()]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('never sends the same step twice when two scans run at once', async () => {
    const { closesAt, ours } = await sentRound();
    const at = new Date(closesAt.getTime() - 7 * DAY + MINUTE);
    const mailer = capturingMailer();
    await Promise.all([runReminderScan(at, mailer.deps), runReminderScan(at, mailer.deps)]);
    expect(ours(mailer.sent)).toHaveLength(6);
  });

  it('closes a round whose closing time has passed and reminds no one in it', async () => {
    const { tenant, roundId, closesAt, ours } = await sentRound();
    const mailer = capturingMailer();
    const result = await reminderScanJob(new Date(closesAt.getTime() + MINUTE), mailer.deps);
    expect(result.closedRounds).toBeGreaterThanOrEqual(1);
    expect((await tenant.round.findUnique({ where: { id: roundId } }))?.status).toBe('CLOSED');
    expect(ours(mailer.sent)).toHaveLength(0);
  });
});

describe('a reminder sent by HR now', () => {
  it('reaches every unanswered leader once a day', async () => {
    const { org, tenant, roundId, invitations, ours } = await sentRound();
    await markAnswered(invitations[0]!);
    const caller = systemActor(org.organisationId);
    const now = new Date();

    expect(await requestManualReminder(caller, roundId, now)).toEqual({ queued: 5 });
    const step = manualReminderStep(now);
    const jobs = await ownerDb().$queryRawUnsafe<{ data: { step: number } }[]>(`SELECT data FROM pgboss.job WHERE name = 'send-manual-reminder' AND data->>'roundId' = $1`, roundId);
    expect(jobs.map((j) => j.data.step)).toEqual([step]);

    const mailer = capturingMailer();
    expect(await sendManualReminders({ organisationId: org.organisationId, roundId, step }, mailer.deps, now)).toEqual({ sent: 5, failed: 0 });
    expect(await sendManualReminders({ organisationId: org.organisationId, roundId, step }, mailer.deps, now)).toEqual({ sent: 0, failed: 0 });
    expect(ours(mailer.sent)).toHaveLength(5);
    expect(await requestManualReminder(caller, roundId, now)).toEqual({ queued: 0 });
    // The next day it can be sent again, and the scheduled steps are unaffected.
    expect(await requestManualReminder(caller, roundId, new Date(now.getTime() + DAY))).toEqual({ queued: 5 });
    expect(await tenant.auditLogEntry.count({ where: { action: 'round.reminder-requested', targetId: roundId } })).toBe(2);
  });

  it('is refused for a round that is not open, and unknown for another organisation’s', async () => {
    const { org, roundId } = await sentRound();
    const other = await createRoundsOrg('Anden');
    const draft = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    const error = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => e as AppError,
      );
    expect(await error(requestManualReminder(org.caller, draft.id))).toMatchObject({ code: 'conflict' });
    expect(await error(requestManualReminder(other.caller, roundId))).toMatchObject({ code: 'not_found' });
  });
});
