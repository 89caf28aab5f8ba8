import { describe, expect, it } from 'vitest';
import { createAction } from '@/lib/domains/action-plan/mutations';
import { ownerDb } from '@/tests/support/owner-db';
import { enqueue, stopJobQueue } from '@/lib/platform/queue';
import { startJobs } from '@/lib/edges/jobs/workers';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { dialogueOrg } from '../fixtures/dialogue';

/** The real path: a scan job in pg-boss → the worker → SMTP, as the server's cron would run it. */
const delivery = useMailAndJobs();

const DAY = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) => new Date(new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10) + 'T00:00:00Z');

async function scanOnce(): Promise<void> {
  const before = await completedScans();
  await enqueue('action-reminder-scan', {});
  const start = Date.now();
  while ((await completedScans()) <= before) {
    if (Date.now() - start > 15_000) throw new Error('The action reminder scan did not run');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function completedScans(): Promise<number> {
  const rows = await ownerDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'action-reminder-scan' AND state = 'completed'`);
  return Number(rows[0]!.n);
}

const to = (email: string) => delivery.smtp.messages.filter((m) => m.to.includes(email));

describe('overdue actions remind their owners by mail', () => {
  it('sends exactly one mail per due date, also across a restart, none for done, dropped or not-yet-due actions, and a new one after the due date moves', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    const suffix = org.organisationId.slice(0, 8);
    const owner = (name: string) => `${name}.${suffix}@example.test`;
    const base = { groupId: org.groups.Sundhed!, responsibleLevel: 'MANAGERS_OF_LEADERS' as const, priority: 1 };
    // Today in Denmark is still in time: due yesterday (UTC day −2 to be safe around midnight) is overdue.
    const overdue = await createAction(hr, roundId, { ...base, title: 'Sparring i ledergruppen', ownerName: 'Ole Dam', ownerEmail: owner('ole'), dueDate: day(-2) });
    await createAction(hr, roundId, { ...base, title: 'Allerede gjort', ownerEmail: owner('done'), dueDate: day(-2), status: 'DONE' });
    await createAction(hr, roundId, { ...base, title: 'Droppet', ownerEmail: owner('dropped'), dueDate: day(-2), status: 'DROPPED' });
    await createAction(hr, roundId, { ...base, title: 'Ikke endnu', ownerEmail: owner('future'), dueDate: day(3) });

    await scanOnce();
    await scanOnce();

    const mails = to(owner('ole'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Fristen er overskredet: Sparring i ledergruppen');
    expect(mails[0]!.text).toContain('Hej Ole Dam');
    expect(mails[0]!.text).toContain(`/${org.slug}/action-plan/${overdue.id}`);
    for (const name of ['done', 'dropped']) expect(to(owner(name))).toHaveLength(0);
    // Not yet due: no overdue mail, only the week-ahead one (tests/integration/mail-action-due-soon.test.ts).
    expect(to(owner('future')).map((m) => m.subject)).toEqual([expect.stringMatching(/^Om [234] dage: Ikke endnu$/)]);
    expect(await scopedDb(org.organisationId).actionReminderDelivery.count()).toBe(1);

    // A restarted server scans again: the delivery row, not memory, says the mail went out.
    await stopJobQueue();
    await startJobs({ cron: false, pollingIntervalSeconds: 0.5 });
    await scanOnce();
    expect(to(owner('ole'))).toHaveLength(1);

    // The owner and HR agree a new date, which then passes as well: one more reminder, not more.
    await scopedDb(org.organisationId).actionItem.update({ where: { id: overdue.id }, data: { dueDate: day(-1) } });
    await scanOnce();
    await scanOnce();
    expect(to(owner('ole'))).toHaveLength(2);
    expect(await scopedDb(org.organisationId).actionReminderDelivery.count()).toBe(2);
  });
});
