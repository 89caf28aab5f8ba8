import { describe, expect, it } from 'vitest';
import { approveApvRecord, saveApvRecord } from '@/lib/domains/apv/mutations';
import { isoDay } from '@/lib/platform/format/dates';
import type { FollowUpMail } from '@/lib/generated/prisma/enums';
import { ownerDb } from '@/tests/support/owner-db';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { runJob } from '../support/job-runs';
import { createApvRound } from '../fixtures/apv';
import { createResultsRound, resultsViewer, same } from '../fixtures/results';

/** The real path: the scheduler's "apv-reminder-scan" job in pg-boss → the worker → SMTP. */
const delivery = useMailAndJobs();
const to = (email: string, subject: RegExp) => delivery.smtp.messages.filter((m) => m.to.includes(email.toLowerCase()) && subject.test(m.subject));
const DAY = 86_400_000;
const inDays = (days: number) => isoDay(new Date(Date.now() + days * DAY));
const scan = () => runJob('apv-reminder-scan', {});

/** A closed round with HR (Danish), two MED/AMO members (one reads English) and members who take no part in approving. */
async function apvOrg(disabledMails: FollowUpMail[] = []) {
  const { org, roundId } = await createApvRound();
  await ownerDb().organisation.update({ where: { id: org.organisationId }, data: { disabledMails } });
  const hr = { ...(await resultsViewer(org, 'HR_ADMIN')), name: 'Hanne HR', locale: 'da' as const };
  const medDa = await resultsViewer(org, 'MED_AMO');
  const medEn = await resultsViewer(org, 'MED_AMO');
  await ownerDb().user.update({ where: { id: medEn.userId }, data: { locale: 'en', name: 'Maria' } });
  const top = await resultsViewer(org, 'TOP_MANAGEMENT');
  const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
  const write = (group: string, revisionDueOn: string) =>
    saveApvRecord(hr, { roundId, groupId: org.groups[group]!, problemsAssessment: `Vurdering for ${group}`, sicknessAbsence: '', followUpGuidelines: '', revisionDueOn });
  /** HR stopped typing a while ago: the quiet period before MED/AMO is asked has passed (what happened before moves back with it). */
  const settle = async () => {
    await ownerDb().apvApproval.updateMany({ where: { organisationId: org.organisationId }, data: { approvedAt: new Date(Date.now() - 30 * 60_000) } });
    await ownerDb().apvRecord.updateMany({ where: { organisationId: org.organisationId }, data: { updatedAt: new Date(Date.now() - 20 * 60_000) } });
  };
  return { org, roundId, hr, medDa, medEn, top, manager, write, settle };
}

describe('the mail that an APV awaits approval', () => {
  it('asks each MED/AMO member once, in their language, and again only after an edit voids an approval', async () => {
    const { org, roundId, medDa, medEn, top, manager, hr, write, settle } = await apvOrg();
    await write('Sundhed', inDays(700));
    // Still being written: no mail yet.
    await scan();
    expect(to(medDa.email, /godkendelse/)).toHaveLength(0);

    await settle();
    await scan();
    await scan();
    const danish = to(medDa.email, /godkendelse/);
    expect(danish.map((m) => m.subject)).toEqual(["APV'en for Sundhed venter på godkendelse"]);
    expect(danish[0]!.text).toContain(`/${org.slug}/apv/${roundId}/${org.groups.Sundhed}`);
    const english = to(medEn.email, /approval/);
    expect(english.map((m) => m.subject)).toEqual(['The leader APV for Sundhed awaits approval']);
    expect(english[0]!.text).toContain('Hello Maria');
    for (const other of [hr, top, manager]) expect(delivery.smtp.messages.filter((m) => m.to.includes(other.email.toLowerCase()))).toHaveLength(0);

    // Approved, then changed: a new reading to approve, so one new mail each.
    await approveApvRecord(medDa, { roundId, groupId: org.groups.Sundhed! });
    await write('Sundhed', inDays(650));
    await settle();
    await scan();
    await scan();
    expect(to(medDa.email, /godkendelse/)).toHaveLength(2);
    expect(to(medEn.email, /approval/)).toHaveLength(2);
  }, 90_000);

  it('is not sent when the organisation has switched it off', async () => {
    const { medDa, medEn, write, settle } = await apvOrg(['APV_AWAITS_APPROVAL']);
    await write('Sundhed', inDays(700));
    await settle();
    await scan();
    expect(to(medDa.email, /./)).toHaveLength(0);
    expect(to(medEn.email, /./)).toHaveLength(0);
  }, 90_000);
});

describe('the mail that an APV revision falls due', () => {
  it('warns HR and MED/AMO 60 and 14 days ahead, each warning once, and only for a group’s newest APV', async () => {
    const { org, roundId, hr, medDa, medEn, top, write, settle } = await apvOrg(['APV_AWAITS_APPROVAL']);
    // Three years ago Direktion's APV was written with a date that now falls due — but this year's supersedes it.
    const old = await createResultsRound(org, [{ key: 'Direktion', answers: same(3, { strain: 2, resource: 4 }) }], {
      name: 'LederAPV gammel',
      opensAt: new Date(Date.now() - 3 * 365 * DAY),
      closesAt: new Date(Date.now() - 3 * 365 * DAY + 20 * DAY),
    });
    await ownerDb().round.update({ where: { id: old.roundId }, data: { closedAt: null } });
    await saveApvRecord(hr, { roundId: old.roundId, groupId: org.groups.Direktion!, problemsAssessment: 'Gammel', sicknessAbsence: '', followUpGuidelines: '', revisionDueOn: inDays(15) });
    await write('Sundhed', inDays(50));
    await write('Teknik', inDays(10));
    await write('Direktion', inDays(300));
    await settle();
    await scan();
    await scan();

    // Sundhed is within 60 days, Teknik within 14 (so only the nearer warning), Direktion not yet.
    expect(to(hr.email, /revideres/).map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^APV'en for Sundhed skal revideres senest /), expect.stringMatching(/^APV'en for Teknik skal revideres senest /)]),
    );
    expect(to(hr.email, /revideres/)).toHaveLength(2);
    expect(to(medDa.email, /revideres/)).toHaveLength(2);
    const english = to(medEn.email, /revision/);
    expect(english).toHaveLength(2);
    expect(english.find((m) => m.subject.includes('Teknik'))!.text).toMatch(/in (9|10|11) days/);
    expect(english[0]!.text).toContain(`/${org.slug}/apv/${roundId}/`);
    expect(to(top.email, /./)).toHaveLength(0);
    expect(to(hr.email, /Direktion/)).toHaveLength(0);

    // Sundhed's date comes within 14 days: the second warning, once.
    await ownerDb().apvRecord.updateMany({ where: { organisationId: org.organisationId, groupId: org.groups.Sundhed! }, data: { revisionDueOn: new Date(`${inDays(12)}T00:00:00Z`) } });
    await scan();
    await scan();
    expect(to(hr.email, /Sundhed/)).toHaveLength(2);
    expect(to(medEn.email, /Sundhed/)).toHaveLength(2);
  }, 90_000);

  it('is not sent when the organisation has switched it off', async () => {
    const { hr, medDa, write, settle } = await apvOrg(['APV_AWAITS_APPROVAL', 'APV_REVISION_DUE']);
    await write('Sundhed', inDays(30));
    await settle();
    await scan();
    expect(to(hr.email, /./)).toHaveLength(0);
    expect(to(medDa.email, /./)).toHaveLength(0);
  }, 90_000);
});
