import { describe, expect, it } from 'vitest';
import { addApvComment, approveApvRecord, saveApvRecord } from '@/lib/domains/apv/mutations';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { getApvRecord } from '@/lib/domains/apv/queries';
import { isoDay } from '@/lib/platform/format/dates';
import { latestRevisionDate, roundClosedOn } from '@/lib/domains/apv/revision';
import { apvStatus, isCurrentApproval } from '@/lib/domains/apv/status';
import type { Role } from '@/lib/generated/prisma/enums';
import { buildReport } from '@/lib/domains/report/model';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApvRound } from '../fixtures/apv';
import { resultsViewer, type ResultsOrg } from '../fixtures/results';

async function as(org: ResultsOrg, role: Role, options: Parameters<typeof resultsViewer>[2] = {}): Promise<MemberActor> {
  const viewer = await resultsViewer(org, role, options);
  return { ...viewer, name: `${role} person`, locale: 'da' };
}

async function seeded() {
  const seed = await createApvRound();
  const closedOn = roundClosedOn(seed.round);
  const text = (groupId: string, extra: Partial<{ problemsAssessment: string; revisionDueOn: string }> = {}) => ({
    roundId: seed.roundId,
    groupId,
    problemsAssessment: 'Krydspres og stor arbejdsmængde',
    sicknessAbsence: 'Ikke påvist',
    followUpGuidelines: 'MED følger op i juni',
    revisionDueOn: latestRevisionDate(closedOn),
    ...extra,
  });
  return { ...seed, closedOn, text };
}

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? String(error),
  );

describe('who may do what with an APV record', () => {
  it('lets HR edit, MED/AMO comment and approve, top management comment — and refuses everyone else', async () => {
    const { org, text } = await seeded();
    const sundhed = org.groups.Sundhed!;
    const input = { roundId: text(sundhed).roundId, groupId: sundhed };
    const hr = await as(org, 'HR_ADMIN');
    const med = await as(org, 'MED_AMO');
    const top = await as(org, 'TOP_MANAGEMENT');
    const manager = await as(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    const leader = await as(org, 'LEADER');

    // Nobody can comment or approve before HR has written the record.
    expect(await code(addApvComment(med, { ...input, body: 'For tidligt' }))).toBe('conflict');

    for (const who of [med, top, manager, leader]) expect(await code(saveApvRecord(who, text(sundhed)))).toBe('forbidden');
    expect(await code(saveApvRecord(hr, text(sundhed)))).toBe('ok');

    expect(await code(addApvComment(med, { ...input, body: 'MED savner en tidsplan' }))).toBe('ok');
    expect(await code(addApvComment(top, { ...input, body: 'Direktionen støtter planen' }))).toBe('ok');
    for (const who of [manager, leader]) expect(await code(addApvComment(who, { ...input, body: 'Må ikke' }))).toBe('forbidden');

    for (const who of [hr, top, manager, leader]) expect(await code(approveApvRecord(who, input))).toBe('forbidden');
    expect(await code(approveApvRecord(med, input))).toBe('ok');

    const record = (await getApvRecord(org.organisationId, input.roundId, sundhed))!;
    expect(record.comments.map((c) => [c.authorName, c.body])).toEqual([
      ['MED_AMO person', 'MED savner en tidsplan'],
      ['TOP_MANAGEMENT person', 'Direktionen støtter planen'],
    ]);
    expect(record.approvals.map((a) => a.userName)).toEqual(['MED_AMO person']);
    expect(apvStatus(record)).toBe('approved');
    const actions = (await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { targetId: record.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['apv.updated', 'apv.commented', 'apv.commented', 'apv.approved']);
  });

  it('lets a manager of leaders read the APV of their own groups only, and a leader none', async () => {
    const { org, roundId } = await seeded();
    const manager = await as(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    await expect(buildReport(manager, { roundId, groupId: org.groups.Sundhed!, locale: 'da' })).resolves.toMatchObject({ scope: { name: 'Sundhed' } });
    expect(await code(buildReport(manager, { roundId, groupId: org.groups.Teknik!, locale: 'da' }))).toBe('not_found');
    expect(await code(buildReport(manager, { roundId, locale: 'da' }))).toBe('not_found');
    const leader = await as(org, 'LEADER');
    expect(await code(buildReport(leader, { roundId, groupId: org.groups.Sundhed!, locale: 'da' }))).toBe('forbidden');
  });

  it('lets MED/AMO open the APV of a group whose figures are hidden, without a figure', async () => {
    const { org, roundId } = await seeded();
    const med = await as(org, 'MED_AMO');
    const report = await buildReport(med, { roundId, groupId: org.groups.Teknik!, locale: 'da' });
    expect(report.main).toEqual({
      key: org.groups.Teknik,
      groupId: org.groups.Teknik,
      alone: false,
      participation: { reason: null, invited: 3, responded: 2, responseRate: 67 },
      suppressed: true,
      reason: 'too-few',
    });
  });
});

describe('approvals follow the record they approved', () => {
  it('shows an approval as of an earlier version once HR edits, until MED/AMO approves again', async () => {
    const { org, text } = await seeded();
    const sundhed = org.groups.Sundhed!;
    const hr = await as(org, 'HR_ADMIN');
    const med = await as(org, 'MED_AMO');
    await saveApvRecord(hr, text(sundhed));
    await approveApvRecord(med, { roundId: text(sundhed).roundId, groupId: sundhed });
    const read = async () => (await getApvRecord(org.organisationId, text(sundhed).roundId, sundhed))!;

    // Saving the same text again (an autosave repeating itself) leaves the approval standing.
    expect(await saveApvRecord(hr, text(sundhed))).toMatchObject({ changed: false });
    expect(apvStatus(await read())).toBe('approved');

    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await saveApvRecord(hr, text(sundhed, { problemsAssessment: 'Krydspres, arbejdsmængde og manglende sparring' }))).toMatchObject({ changed: true });
    const edited = await read();
    expect(apvStatus(edited)).toBe('drafted');
    expect(isCurrentApproval(edited.approvals[0]!, edited)).toBe(false);
    const report = await buildReport(med, { roundId: text(sundhed).roundId, groupId: sundhed, locale: 'da' });
    expect(report.groups[0]!.apv.approvals).toEqual([{ userName: 'MED_AMO person', approvedAt: edited.approvals[0]!.approvedAt, current: false }]);

    await approveApvRecord(med, { roundId: text(sundhed).roundId, groupId: sundhed });
    const again = await read();
    expect(again.approvals).toHaveLength(1);
    expect(apvStatus(again)).toBe('approved');
  });
});

describe('the revision date', () => {
  it('defaults to three years after the close and is never accepted later than that', async () => {
    const { org, text, closedOn } = await seeded();
    const sundhed = org.groups.Sundhed!;
    const hr = await as(org, 'HR_ADMIN');
    const report = await buildReport(hr, { roundId: text(sundhed).roundId, groupId: sundhed, locale: 'da' });
    expect(report.groups[0]!.apv).toMatchObject({ status: 'not-started', revisionDueOn: latestRevisionDate(closedOn) });

    const oneDayLate = isoDay(new Date(new Date(`${latestRevisionDate(closedOn)}T00:00:00Z`).getTime() + 86_400_000));
    const refused = await saveApvRecord(hr, text(sundhed, { revisionDueOn: oneDayLate })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'validation_failed', details: [{ path: 'revisionDueOn', message: 'Revisionsdatoen må højst ligge tre år efter, at runden lukkede.' }] });
    expect(await getApvRecord(org.organisationId, text(sundhed).roundId, sundhed)).toBeNull();

    await saveApvRecord(hr, text(sundhed, { revisionDueOn: latestRevisionDate(closedOn) }));
    const record = (await getApvRecord(org.organisationId, text(sundhed).roundId, sundhed))!;
    expect(isoDay(record.revisionDueOn)).toBe(latestRevisionDate(closedOn));
  });
});

describe('one organisation never reaches another’s APV', () => {
  it("answers 404 for another organisation's round and for a group of another organisation", async () => {
    const mine = await seeded();
    const theirs = await seeded();
    const hr = await as(mine.org, 'HR_ADMIN');
    expect(await code(saveApvRecord(hr, theirs.text(theirs.org.groups.Sundhed!)))).toBe('not_found');
    expect(await code(saveApvRecord(hr, mine.text(theirs.org.groups.Sundhed!)))).toBe('not_found');
    expect(await code(buildReport(hr, { roundId: theirs.roundId, locale: 'da' }))).toBe('not_found');
    const med = await as(mine.org, 'MED_AMO');
    expect(await code(approveApvRecord(med, { roundId: theirs.roundId, groupId: theirs.org.groups.Sundhed! }))).toBe('not_found');
    expect(await code(addApvComment(med, { roundId: theirs.roundId, groupId: theirs.org.groups.Sundhed!, body: 'Hej' }))).toBe('not_found');
  });

  it('refuses to write an APV for a round that is still open', async () => {
    const { org, roundId, text } = await seeded();
    await scopedDb(org.organisationId).round.update({ where: { id: roundId }, data: { status: 'OPEN', closedAt: null, closesAt: new Date(Date.now() + 86_400_000) } });
    const hr = await as(org, 'HR_ADMIN');
    expect(await code(saveApvRecord(hr, text(org.groups.Sundhed!)))).toBe('conflict');
  });
});
