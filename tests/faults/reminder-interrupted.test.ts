import { afterAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { runReminderScan } from '@/lib/domains/invitations/reminders';
import { sendInvitation } from '@/lib/domains/invitations/send-invitation';
import { stopJobQueue } from '@/lib/platform/queue';
import type { OutgoingMail } from '@/lib/platform/mail/send-mail';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { capturingMailer, createDraft, createRoundsOrg, DAY } from '../fixtures/rounds';
import { takeLoggedErrors } from '../support/fail-on-console-error';
import { startPostgres, stopPostgres } from './support/postgres-cluster';

afterAll(async () => {
  startPostgres();
  await stopJobQueue();
});

async function databaseAnswers(): Promise<boolean> {
  return ownerDb().$queryRaw`SELECT 1`.then(() => true).catch(() => false);
}

/**
 * The reminder run loses its database halfway: the mail to one leader has just gone out when
 * PostgreSQL stops. The queue runs the scan again once the database is back (as pg-boss retries
 * a failed job); every leader who had not answered then has exactly one reminder — none lost,
 * none twice.
 */
describe('a reminder run interrupted by a database restart', () => {
  it('neither loses a reminder nor sends one twice', async () => {
    const org = await createRoundsOrg();
    const closesAt = new Date(Date.now() + 10 * DAY);
    const draft = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id], closesAt, reminderDays: [7] });
    await openRound(org.caller, draft.id);
    const invitations = await scopedDb(org.organisationId).invitation.findMany({ where: { roundId: draft.id }, include: { leader: true } });
    for (const invitation of invitations) await sendInvitation({ organisationId: org.organisationId, invitationId: invitation.id }, capturingMailer().deps);
    const ours = new Set(invitations.map((i) => i.leader.email));
    expect(ours.size).toBeGreaterThanOrEqual(4);

    const delivered: OutgoingMail[] = [];
    let stopped = false;
    const mailer = {
      send: async (mail: OutgoingMail) => {
        if (!ours.has(mail.to)) return;
        delivered.push(mail);
        // The second reminder has gone out: now the database goes away under the run.
        if (delivered.length === 2 && !stopped) {
          stopped = true;
          stopPostgres();
        }
      },
    };
    const dueAt = new Date(closesAt.getTime() - 7 * DAY + 60_000);
    try {
      const first = await runReminderScan(dueAt, mailer).catch(() => null);
      expect(stopped).toBe(true);
      if (first) expect(first.failed).toBeGreaterThan(0);
    } finally {
      startPostgres();
    }
    await expect.poll(databaseAnswers, { timeout: 60_000, interval: 500 }).toBe(true);

    await runReminderScan(new Date(dueAt.getTime() + 60_000), mailer);
    await runReminderScan(new Date(dueAt.getTime() + 120_000), mailer);

    const perLeader = new Map<string, number>();
    for (const mail of delivered) perLeader.set(mail.to, (perLeader.get(mail.to) ?? 0) + 1);
    expect([...perLeader.keys()].sort()).toEqual([...ours].sort());
    expect([...perLeader.values()].every((n) => n === 1)).toBe(true);
    expect(await scopedDb(org.organisationId).reminderDelivery.count({ where: { daysBefore: 7 } })).toBe(ours.size);
    // What the outage logged is the outage and nothing else.
    takeLoggedErrors(/terminating connection|Connection terminated|ECONNREFUSED|database system is (shutting down|starting up)/i);
  });
});
