import { describe, expect, it } from 'vitest';
import { createAction } from '@/lib/domains/action-plan/mutations';
import type { FollowUpMail } from '@/lib/generated/prisma/enums';
import { ownerDb } from '@/tests/support/owner-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { runJob } from '../support/job-runs';
import { dialogueOrg } from '../fixtures/dialogue';

/** The real path: the scheduler's "action-reminder-scan" job in pg-boss → the worker → SMTP. */
const delivery = useMailAndJobs();
const DAY = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) => new Date(new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10) + 'T00:00:00Z');
const to = (email: string) => delivery.smtp.messages.filter((m) => m.to.includes(email));
const scan = () => runJob('action-reminder-scan', {});

async function planWithOwners(disabledMails: FollowUpMail[] = []) {
  const { org, roundId, viewer } = await dialogueOrg();
  await ownerDb().organisation.update({ where: { id: org.organisationId }, data: { disabledMails } });
  const hr = await viewer('HR_ADMIN');
  const owner = (name: string) => `${name}.${org.slug}@example.test`;
  // Erik uses the product in English; the others are known only by address: the organisation's language (Danish).
  await ownerDb().user.create({ data: { email: owner('erik'), locale: 'en' } });
  const base = { groupId: org.groups.Sundhed!, responsibleLevel: 'MANAGERS_OF_LEADERS' as const, priority: 1 };
  const add = (title: string, name: string, dueInDays: number, extra: { status?: 'DONE'; ownerName?: string } = {}) =>
    createAction(hr, roundId, { ...base, title, ownerEmail: owner(name), dueDate: day(dueInDays), ...extra });
  return { org, owner, add };
}

describe('the mail that an action is due in 7 days', () => {
  it('reminds each owner once per due date, in their language, besides the overdue mail', async () => {
    const { org, owner, add } = await planWithOwners();
    const soon = await add('Sparring i ledergruppen', 'ole', 5, { ownerName: 'Ole Dam' });
    await add('Fælles prioritering', 'erik', 6, { ownerName: 'Erik' });
    await add('Senere', 'later', 12);
    await add('Allerede gjort', 'done', 3, { status: 'DONE' });
    await add('For sent', 'late', -2);

    await scan();
    await scan();

    const danish = to(owner('ole'));
    expect(danish).toHaveLength(1);
    expect(danish[0]!.subject).toMatch(/^Om [45] dage: Sparring i ledergruppen$/);
    expect(danish[0]!.text).toContain('Hej Ole Dam');
    expect(danish[0]!.text).toContain(`/${org.slug}/action-plan/${soon.id}`);
    const english = to(owner('erik'));
    expect(english.map((m) => m.subject)).toEqual([expect.stringMatching(/^In [56] days: Fælles prioritering$/)]);
    expect(to(owner('later'))).toHaveLength(0);
    expect(to(owner('done'))).toHaveLength(0);
    // The overdue action gets the overdue mail only.
    expect(to(owner('late')).map((m) => m.subject)).toEqual(['Fristen er overskredet: For sent']);

    // A new due date a few days on is a new deadline: one new reminder.
    await ownerDb().actionItem.update({ where: { id: soon.id }, data: { dueDate: day(7) } });
    await scan();
    await scan();
    expect(to(owner('ole'))).toHaveLength(2);
  }, 90_000);

  it('is not sent when the organisation has switched it off, while the overdue mail still is', async () => {
    const { owner, add } = await planWithOwners(['ACTION_DUE_SOON']);
    await add('Snart', 'soon', 4);
    await add('For sent', 'late', -2);
    await scan();
    expect(to(owner('soon'))).toHaveLength(0);
    expect(to(owner('late'))).toHaveLength(1);
  }, 90_000);
});
