import { describe, expect, it } from 'vitest';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import type { RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { mailShareNotice } from '@/lib/domains/sharing/share-notice-mail';
import { shareBalance, withdrawShare } from '@/lib/domains/sharing/share';
import { ownerDb } from '@/tests/support/owner-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { finishedJobs, runJob, waitForJobs } from '../support/job-runs';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

const delivery = useMailAndJobs();

/** A leader who answered, whose nearest manager is a member of the organisation and reads English (unless told). */
async function leaderWithManager(managerEmail: string, locale: 'da' | 'en' = 'en') {
  const r = await createRespondent();
  await ownerDb().leader.update({ where: { id: r.leader.id }, data: { managerEmail } });
  const user = await ownerDb().user.upsert({ where: { email: managerEmail }, update: {}, create: { email: managerEmail, locale } });
  await ownerDb().membership.create({ data: { organisationId: r.organisation.id, userId: user.id, role: 'MANAGER_OF_LEADERS' } });
  await saveAnswers(r.ctx, { answers: fullAnswers({ strain: 4, resource: 2, relation: -1, overall: 2 }), comments: {} });
  await submitResponse(r.ctx);
  const link = { state: 'open', ctx: r.ctx, round: r.round, organisation: r.organisation, leaderLocale: 'da' } as Extract<RespondentLink, { state: 'open' }>;
  return { ...r, link };
}

describe('the mail to a manager when a leader shares', () => {
  it('tells the manager once, in their language, who shared and where to look — without the figures', async () => {
    const managerEmail = `chef.${Math.random().toString(36).slice(2, 8)}@example.test`;
    const { link, leader, round, organisation } = await leaderWithManager(managerEmail);
    await shareBalance(link);
    const mail = await delivery.smtp.waitForMessage((m) => m.to.includes(managerEmail), 15_000);
    expect(mail.subject).toBe(`${leader.name} shared their balance with you`);
    expect(mail.text).toContain(round.name);
    expect(mail.text).toContain(`/${organisation.slug}/shared-with-me`);
    // The balance of this leader is −2: no figure travels by mail. (The link is left out: a
    // random slug such as test-29cf… once matched "-2".)
    expect(mail.text.replaceAll(`/${organisation.slug}/`, '/')).not.toMatch(/[−-]2|balance of|4,0|2,0/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(delivery.smtp.messages.filter((m) => m.to.includes(managerEmail))).toHaveLength(1);

    // The job runs again (a retry, a restarted server): the delivery row says the mail went out.
    const share = await ownerDb().sharedBalance.findFirstOrThrow({ where: { organisationId: organisation.id, managerEmail } });
    await runJob('send-share-notice', { organisationId: organisation.id, shareId: share.id });
    await runJob('send-share-notice', { organisationId: organisation.id, shareId: share.id });
    expect(delivery.smtp.messages.filter((m) => m.to.includes(managerEmail))).toHaveLength(1);
  }, 90_000);

  it('writes to a Danish manager in Danish', async () => {
    const managerEmail = `chef.${Math.random().toString(36).slice(2, 8)}@example.test`;
    const { link, leader } = await leaderWithManager(managerEmail, 'da');
    await shareBalance(link);
    const mail = await delivery.smtp.waitForMessage((m) => m.to.includes(managerEmail), 15_000);
    expect(mail.subject).toBe(`${leader.name} har delt sin balance med dig`);
  }, 90_000);

  it('is not sent when the organisation has switched it off', async () => {
    const managerEmail = `chef.${Math.random().toString(36).slice(2, 8)}@example.test`;
    const { link, organisation } = await leaderWithManager(managerEmail);
    await ownerDb().organisation.update({ where: { id: organisation.id }, data: { disabledMails: ['SHARE_NOTICE'] } });
    const before = await finishedJobs('send-share-notice');
    await shareBalance(link);
    await waitForJobs('send-share-notice', before);
    expect(delivery.smtp.messages.filter((m) => m.to.includes(managerEmail))).toHaveLength(0);
  }, 90_000);

  it('sends nothing for a share withdrawn before the mail went out', async () => {
    const managerEmail = `chef.${Math.random().toString(36).slice(2, 8)}@example.test`;
    const { link, organisation } = await leaderWithManager(managerEmail);
    await shareBalance(link);
    const share = await ownerDb().sharedBalance.findFirstOrThrow({ where: { organisationId: organisation.id, managerEmail } });
    await withdrawShare(link);
    expect(await mailShareNotice({ organisationId: organisation.id, shareId: share.id })).toBe(false);
  }, 90_000);
});
