import { describe, expect, it } from 'vitest';
import { closeRound } from '@/lib/domains/rounds/mutations';
import { ownerDb } from '@/tests/support/owner-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { finishedJobs, runJob, waitForJobs } from '../support/job-runs';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';

/** The real path: closing queues the job in its transaction → the worker → SMTP. */
const delivery = useMailAndJobs();
const to = (email: string) => delivery.smtp.messages.filter((m) => m.to.includes(email.toLowerCase()));
const calm = { strain: 2, resource: 4 };

/** An open round over Direktion › Sundhed, with members of every kind around it. */
async function openRoundWithMembers(disabledMails: ('RESULTS_READY' | 'SHARE_NOTICE')[] = [], closesAt?: Date) {
  const org = await createResultsOrg('Lukkekommune');
  await ownerDb().organisation.update({ where: { id: org.organisationId }, data: { disabledMails } });
  const leaderEmail = `leder.sundhed.${org.slug}@example.test`;
  const { roundId } = await createResultsRound(
    org,
    [
      { key: 'Direktion', answers: same(3, calm) },
      { key: 'Sundhed', parent: 'Direktion', answers: same(3, calm) },
    ],
    { name: 'LederAPV 2027', status: 'OPEN', leaderEmails: { Sundhed: leaderEmail }, ...(closesAt ? { closesAt } : {}) },
  );
  org.groups.Andet = (await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Andet' } })).id;
  const hr = await resultsViewer(org, 'HR_ADMIN');
  await ownerDb().user.update({ where: { id: hr.userId }, data: { locale: 'en', name: 'Helle HR' } });
  const people = {
    hr,
    medAmo: await resultsViewer(org, 'MED_AMO'),
    manager: await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] }),
    managerElsewhere: await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Andet'] }),
    invitedLeader: await resultsViewer(org, 'LEADER', { email: leaderEmail }),
    leaderNotInRound: await resultsViewer(org, 'LEADER'),
  };
  return { org, roundId, people };
}

describe('the mail that results are ready', () => {
  it('goes once, when the round closes, to each member who may see its results, in their own language and without a figure', async () => {
    const { org, roundId, people } = await openRoundWithMembers();
    const before = await finishedJobs('send-results-ready');
    await closeRound(people.hr, roundId);
    await waitForJobs('send-results-ready', before);

    const english = to(people.hr.email);
    expect(english).toHaveLength(1);
    expect(english[0]!.subject).toBe('The results of LederAPV 2027 are ready');
    expect(english[0]!.text).toContain('Hello Helle HR');
    expect(english[0]!.text).toContain(`/${org.slug}/results/${roundId}`);

    for (const person of [people.medAmo, people.manager, people.invitedLeader]) {
      const mails = to(person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe('Resultaterne fra LederAPV 2027 er klar');
      expect(mails[0]!.text).toContain('Tallene står ikke i denne mail');
      // Every answer was 2 (strain) and 4 (resource): no figure travels by mail.
      expect(mails[0]!.text).not.toMatch(/\b[24],0\b|\+2|balance/i);
    }
    // A manager whose groups were not in the round, and a leader it did not invite, may see nothing of it.
    expect(to(people.managerElsewhere.email)).toHaveLength(0);
    expect(to(people.leaderNotInRound.email)).toHaveLength(0);

    // The scheduler runs the job again (a retry, a restart): nobody hears twice.
    await runJob('send-results-ready', { organisationId: org.organisationId, roundId });
    await runJob('send-results-ready', { organisationId: org.organisationId, roundId });
    for (const person of [people.hr, people.medAmo, people.manager, people.invitedLeader]) expect(to(person.email)).toHaveLength(1);
    expect(await ownerDb().mailDelivery.count({ where: { organisationId: org.organisationId, kind: 'RESULTS_READY' } })).toBe(4);
  }, 90_000);

  it('goes out as well when the round runs out of time and the scheduler closes it', async () => {
    const { people } = await openRoundWithMembers([], new Date(Date.now() - 60_000));
    const before = await finishedJobs('send-results-ready');
    await runJob('reminder-scan', {});
    await waitForJobs('send-results-ready', before);
    expect(to(people.medAmo.email).map((m) => m.subject)).toEqual(['Resultaterne fra LederAPV 2027 er klar']);
    expect(to(people.managerElsewhere.email)).toHaveLength(0);
  }, 90_000);

  it('is not sent when the organisation has switched it off', async () => {
    const { org, roundId, people } = await openRoundWithMembers(['RESULTS_READY']);
    const before = await finishedJobs('send-results-ready');
    await closeRound(people.hr, roundId);
    await waitForJobs('send-results-ready', before);
    for (const person of Object.values(people)) expect(to(person.email).map((m) => m.subject)).toEqual([]);
    expect(await ownerDb().mailDelivery.count({ where: { organisationId: org.organisationId } })).toBe(0);
  }, 90_000);
});
