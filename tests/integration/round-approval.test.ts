import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as createLeaderRoute } from '@/app/api/v1/leaders/route';
import { POST as openRoute } from '@/app/api/v1/rounds/[id]/open/route';
import { GET as getRoute } from '@/app/api/v1/rounds/[id]/route';
import { POST as createRoundRoute } from '@/app/api/v1/rounds/route';
import { renameGroup } from '@/lib/domains/groups/mutations';
import { archiveLeader, createLeader, moveLeader, restoreLeader, updateLeader } from '@/lib/domains/leaders/mutations';
import { approveRound } from '@/lib/domains/rounds/approval';
import { requestApproval } from '@/lib/domains/rounds/approval-request';
import { actorFromApiKey, type StaffActor } from '@/lib/domains/auth/actor';
import { draftReview } from '@/lib/domains/rounds/draft-review';
import { createRound } from '@/lib/domains/rounds/mutations';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { ownerDb } from '@/tests/support/owner-db';
import { createApiOrg } from '../fixtures/api';
import { DAY, roundInput } from '../fixtures/rounds';
import { createStaff } from '../fixtures/staff';
import { useMailAndJobs } from '../support/mail-and-jobs';
import { refusal } from '@/tests/support/refusal';
import { memberActorOf } from '../fixtures/actors';

/**
 * Issue 13, "the padded group": with the API key alone, an HR system could add two leaders whose
 * addresses it controls to a group holding one real leader, open a round, answer both links and
 * subtract its way to the real leader's answers. A second person — a MED/AMO member who did not
 * create the round — now approves who it invites, and any later change voids that approval.
 */
const delivery = useMailAndJobs();

const params = (id = '') => ({ params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
const request = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: unknown) =>
  new NextRequest(`http://t/api/v1${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const YEAR_AGO = new Date(Date.now() - 365 * DAY);

/** An API organisation whose group "Teknik" holds one real leader, there for a year, and a MED/AMO member. */
async function organisation(options: { medAmo?: boolean } = {}) {
  const org = await createApiOrg();
  const { organisationId } = org;
  const teknik = await ownerDb().leaderGroup.create({ data: { organisationId, name: 'Teknik' } });
  const okonomi = await ownerDb().leaderGroup.create({ data: { organisationId, name: 'Økonomi' } });
  const real = await ownerDb().leader.create({
    data: { organisationId, groupId: teknik.id, name: 'Rikke Real', email: `rikke.${organisationId}@example.test`, createdAt: YEAR_AGO, groupSince: YEAR_AGO },
  });
  const med = options.medAmo === false ? null : await createStaff(organisationId, 'MED_AMO', { name: 'Karen Bach', locale: 'da' });
  const hr: StaffActor = await memberActorOf(organisationId, org.user.id);
  const medCaller: StaffActor | null = med ? await memberActorOf(organisationId, med.user.id) : null;
  return { ...org, teknik, okonomi, real, med, hr, medCaller, apiCaller: actorFromApiKey({ organisationId, apiKeyId: org.apiKeyId }, { ip: null, userAgent: null }) };
}
type Org = Awaited<ReturnType<typeof organisation>>;

/** Two leaders whose addresses the HR system controls, added through the public API. */
async function padThroughApi(org: Org) {
  for (const name of ['Pude Et', 'Pude To']) {
    const response = await createLeaderRoute(
      request('POST', '/leaders', org.headers, { name, email: `${name.replace(' ', '.').toLowerCase()}.${org.organisationId}@hr-controls.example`, groupId: org.teknik.id }),
      params(),
    );
    expect(response.status).toBe(201);
  }
}

async function createRoundViaApi(org: Org, groupIds = [org.teknik.id]): Promise<string> {
  const response = await createRoundRoute(
    request('POST', '/rounds', org.headers, { name: 'LederAPV 2027', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 21 * DAY).toISOString(), groupIds }),
    params(),
  );
  expect(response.status).toBe(201);
  return (await response.json()).id;
}

const openViaApi = (org: Org, roundId: string) => openRoute(request('POST', `/rounds/${roundId}/open`, org.headers), params(roundId));

async function approveAsShown(org: Org, roundId: string, caller: StaffActor = org.medCaller!) {
  const round = await scopedDb(org.organisationId).round.findUniqueOrThrow({ where: { id: roundId } });
  const { approval } = await draftReview(scopedDb(org.organisationId), round);
  return approveRound(caller, roundId, { fingerprint: approval.fingerprint });
}

describe('a padded group cannot be opened without a second person', () => {
  it("refuses to open a padded group's round through the API until MED/AMO approves", async () => {
    const org = await organisation();
    await padThroughApi(org);
    const roundId = await createRoundViaApi(org);

    const response = await openViaApi(org, roundId);
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error.code).toBe('approval_required');
    expect(body.error.message).toMatch(/MED\/AMO member who did not create it has approved/);

    const tenant = scopedDb(org.organisationId);
    expect(await tenant.round.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ status: 'DRAFT', approvalRequestedAt: expect.any(Date) });
    expect(await tenant.invitation.count({ where: { roundId } })).toBe(0);
    expect(await tenant.roundGroup.count({ where: { roundId } })).toBe(0);

    // The approver is mailed, in their own language, with the way to the round's page.
    const mail = await delivery.smtp.waitForMessage((m) => m.to.includes(org.med!.user.email), 15_000);
    expect(mail.subject).toBe('Godkend, hvem der inviteres: LederAPV 2027');
    expect(mail.text).toContain('3 ledere i 1 gruppe');
    expect(mail.text).toContain(`/${org.organisation.slug}/rounds/${roundId}`);
    expect(await tenant.auditLogEntry.findFirst({ where: { action: 'round.approval-requested', targetId: roundId } })).toMatchObject({ actorApiKeyId: org.apiKeyId });

    // An integration retrying does not flood MED/AMO: still 409, no second mail within the day.
    expect((await openViaApi(org, roundId)).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(delivery.smtp.messages.filter((m) => m.to.includes(org.med!.user.email))).toHaveLength(1);

    // Once MED/AMO has approved what they saw, the same call opens the round.
    await approveAsShown(org, roundId);
    const opened = await openViaApi(org, roundId);
    expect(opened.status).toBe(200);
    expect(await opened.json()).toEqual({ invited: 3 });
  });

  it('lists the leaders added to the group in the last 30 days on the approval screen', async () => {
    const org = await organisation();
    await padThroughApi(org);
    const moved = await ownerDb().leader.create({
      data: { organisationId: org.organisationId, groupId: org.okonomi.id, name: 'Flemming Flyt', email: `flyt.${org.organisationId}@example.test`, createdAt: YEAR_AGO, groupSince: YEAR_AGO },
    });
    await moveLeader(org.hr, moved.id, org.teknik.id);
    await updateLeader(org.hr, org.real.id, { email: `rikke.ny.${org.organisationId}@hr-controls.example` });
    const roundId = await createRoundViaApi(org);

    const round = await scopedDb(org.organisationId).round.findUniqueOrThrow({ where: { id: roundId } });
    const { preview, approval } = await draftReview(scopedDb(org.organisationId), round);
    const teknik = preview.groups.find((g) => g.id === org.teknik.id)!;
    expect(teknik).toMatchObject({ leaders: 4, verdict: 'shown', recentLeaders: 4, dependsOnNewcomers: true });
    const listed = Object.fromEntries(teknik.recent.map((l) => [l.name, l.changes.map((c) => c.kind)]));
    expect(listed).toEqual({ 'Pude Et': ['added'], 'Pude To': ['added'], 'Flemming Flyt': ['moved'], 'Rikke Real': ['readdressed'] });
    expect(teknik.recent.find((l) => l.name === 'Pude Et')!.email).toBe(`pude.et.${org.organisationId}@hr-controls.example`);
    expect(preview.recentLeaders).toBe(4);
    expect(approval).toMatchObject({ required: true, approval: null, valid: false, approvers: 1 });
  });

  it('lists nobody where the group has not changed for 30 days', async () => {
    const org = await organisation();
    const roundId = await createRoundViaApi(org);
    const round = await scopedDb(org.organisationId).round.findUniqueOrThrow({ where: { id: roundId } });
    const { preview } = await draftReview(scopedDb(org.organisationId), round);
    expect(preview).toMatchObject({ leaders: 1, recentLeaders: 0 });
    expect(preview.groups[0]).toMatchObject({ recent: [], dependsOnNewcomers: false });
  });
});

describe('the approval holds only for what was approved', () => {
  it('voids the approval when a leader is added, moved, re-addressed, archived or restored after it, or a group renamed', async () => {
    const org = await organisation();
    await padThroughApi(org);
    const elsewhere = await ownerDb().leader.create({
      data: { organisationId: org.organisationId, groupId: org.okonomi.id, name: 'Else Andetsteds', email: `else.${org.organisationId}@example.test` },
    });
    const roundId = await createRoundViaApi(org);
    const padded = await ownerDb().leader.findFirstOrThrow({ where: { organisationId: org.organisationId, name: 'Pude Et' } });
    const changes: [string, () => Promise<unknown>][] = [
      ['a leader added', () => createLeader(org.hr, { name: 'Pude Tre', email: `pude.tre.${org.organisationId}@hr-controls.example`, groupId: org.teknik.id, managerEmail: null, locale: null })],
      ['a leader moved in', () => moveLeader(org.hr, elsewhere.id, org.teknik.id)],
      ['an address changed', () => updateLeader(org.hr, padded.id, { email: `pude.et.igen.${org.organisationId}@hr-controls.example` })],
      ['a leader archived', () => archiveLeader(org.hr, padded.id)],
      ['a leader restored', () => restoreLeader(org.hr, padded.id)],
      ['the group renamed', () => renameGroup(org.hr, { groupId: org.teknik.id, name: 'Teknik og Miljø' })],
    ];
    for (const [change, make] of changes) {
      await approveAsShown(org, roundId);
      await make();
      const response = await openViaApi(org, roundId);
      expect(response.status, change).toBe(409);
      expect((await response.json()).error.code, change).toBe('approval_required');
      const round = await scopedDb(org.organisationId).round.findUniqueOrThrow({ where: { id: roundId } });
      const { approval } = await draftReview(scopedDb(org.organisationId), round);
      expect(approval, change).toMatchObject({ approval: { userName: 'Karen Bach' }, valid: false });
    }
    await approveAsShown(org, roundId);
    expect((await openViaApi(org, roundId)).status).toBe(200);
  });

  it("voids the approval when the draft's groups or threshold change", async () => {
    const org = await organisation();
    const roundId = await createRoundViaApi(org);
    await approveAsShown(org, roundId);
    const { updateRound } = await import('@/lib/domains/rounds/mutations');
    await updateRound(org.hr, roundId, { ...roundInput({ groupIds: [org.teknik.id] }), defaultLocale: 'da', reminderDays: [7, 2], anonymityThreshold: 4 });
    expect(await refusal(openRound(org.hr, roundId))).toMatchObject({ code: 'approval_required', status: 409 });
  });

  it('refuses an approval of a page that changed while the approver was looking', async () => {
    const org = await organisation();
    const roundId = await createRoundViaApi(org);
    const round = await scopedDb(org.organisationId).round.findUniqueOrThrow({ where: { id: roundId } });
    const shown = (await draftReview(scopedDb(org.organisationId), round)).approval.fingerprint;
    await padThroughApi(org);
    const error = await refusal(approveRound(org.medCaller!, roundId, { fingerprint: shown }));
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'roundApproval.errors.changedWhileLooking' });
    expect(await scopedDb(org.organisationId).roundApproval.count()).toBe(0);
  });
});

describe('who approves', () => {
  it("does not let the round's creator approve it", async () => {
    const org = await organisation();
    // A member who set the round up and sits in MED/AMO (a changed role, or a second hat) is still not a second person.
    const round = await createRound(org.medCaller!, roundInput({ groupIds: [org.teknik.id] }));
    expect(round.createdById).toBe(org.med!.user.id);
    const error = await refusal(approveAsShown(org, round.id));
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'roundApproval.errors.creator' });

    // Nobody else is in MED/AMO: nobody to ask, and the page says so.
    expect(await requestApproval(org.hr, round.id)).toEqual({ outcome: 'no-approvers' });
    const other = await createStaff(org.organisationId, 'MED_AMO', { name: 'Anden Amo', locale: 'en' });
    expect(await requestApproval(org.hr, round.id)).toMatchObject({ outcome: 'asked', approvers: 1 });
    const mail = await delivery.smtp.waitForMessage((m) => m.to.includes(other.user.email), 15_000);
    expect(mail.subject).toBe('Approve who is invited: LederAPV 2027');
    expect(delivery.smtp.messages.some((m) => m.to.includes(org.med!.user.email) && m.text.includes(round.id))).toBe(false);
    await approveAsShown(org, round.id, await memberActorOf(org.organisationId, other.user.id));
    expect((await openRound(org.hr, round.id)).invited).toBe(1);
  });

  it('lets only a MED/AMO member approve: not HR, top management, a manager or an API key', async () => {
    const org = await organisation();
    const roundId = await createRoundViaApi(org);
    const top = await createStaff(org.organisationId, 'TOP_MANAGEMENT');
    const manager = await createStaff(org.organisationId, 'MANAGER_OF_LEADERS');
    for (const userId of [org.user.id, top.user.id, manager.user.id]) {
      expect(await refusal(approveAsShown(org, roundId, await memberActorOf(org.organisationId, userId)))).toMatchObject({ code: 'forbidden', status: 403 });
    }
    expect(await refusal(approveAsShown(org, roundId, org.apiCaller))).toMatchObject({ code: 'forbidden', messageKey: 'roundApproval.errors.memberOnly' });
    expect(await scopedDb(org.organisationId).roundApproval.count()).toBe(0);
  });

  it("lets no one approve another organisation's round: it looks like no round at all", async () => {
    const org = await organisation();
    const theirs = await organisation();
    const roundId = await createRoundViaApi(theirs);
    expect(await refusal(approveRound(org.medCaller!, roundId, { fingerprint: '0'.repeat(64) }))).toMatchObject({ code: 'not_found' });
    expect(await scopedDb(theirs.organisationId).roundApproval.count()).toBe(0);
  });

  it('lets MED/AMO approve and HR then open, and the audit names the second person', async () => {
    const org = await organisation();
    await padThroughApi(org);
    const round = await createRound(org.hr, roundInput({ groupIds: [org.teknik.id] }));
    expect(round.createdById).toBe(org.user.id);
    expect(await refusal(openRound(org.hr, round.id))).toMatchObject({ code: 'approval_required' });

    const { approvedAt } = await approveAsShown(org, round.id);
    const tenant = scopedDb(org.organisationId);
    expect(await tenant.auditLogEntry.findFirst({ where: { action: 'round.approved', targetId: round.id } })).toMatchObject({
      actorUserId: org.med!.user.id,
      details: expect.objectContaining({ invited: 3 }),
    });

    const summary = await (await getRoute(request('GET', `/rounds/${round.id}`, org.headers), params(round.id))).json();
    expect(summary.approval).toEqual({ required: true, approved: true, approvedAt: approvedAt.toISOString() });

    expect(await openRound(org.hr, round.id)).toEqual({ invited: 3 });
    const opened = await tenant.auditLogEntry.findFirstOrThrow({ where: { action: 'round.opened', targetId: round.id } });
    expect(opened.details).toMatchObject({ invited: 3, secondApproval: true, approvedBy: { userId: org.med!.user.id, name: 'Karen Bach' } });
  });

  it('opens as before where the organisation has no MED/AMO member, and the audit says no second person approved', async () => {
    const org = await organisation({ medAmo: false });
    await padThroughApi(org);
    const roundId = await createRoundViaApi(org);
    const summary = await (await getRoute(request('GET', `/rounds/${roundId}`, org.headers), params(roundId))).json();
    expect(summary.approval).toEqual({ required: false, approved: false, approvedAt: null });

    const response = await openViaApi(org, roundId);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ invited: 3 });
    const opened = await scopedDb(org.organisationId).auditLogEntry.findFirstOrThrow({ where: { action: 'round.opened', targetId: roundId } });
    expect(opened.details).toMatchObject({ secondApproval: false });
    await expect(requestApproval(org.hr, roundId)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('asking MED/AMO', () => {
  it('mails every MED/AMO member in their own language at most once a day — and again once an approval was voided', async () => {
    const org = await organisation();
    const english = await createStaff(org.organisationId, 'MED_AMO', { name: 'Emma English', locale: 'en' });
    const roundId = await createRoundViaApi(org);
    const t0 = new Date();
    expect(await requestApproval(org.hr, roundId, t0)).toMatchObject({ outcome: 'asked', approvers: 2 });
    const danish = await delivery.smtp.waitForMessage((m) => m.to.includes(org.med!.user.email) && m.text.includes(roundId), 15_000);
    const inEnglish = await delivery.smtp.waitForMessage((m) => m.to.includes(english.user.email) && m.text.includes(roundId), 15_000);
    expect(danish.text).toContain('Hej Karen Bach');
    expect(inEnglish.text).toContain('Hello Emma English');

    expect(await requestApproval(org.hr, roundId, new Date(t0.getTime() + 60_000))).toEqual({ outcome: 'already-asked', requestedAt: t0 });
    await approveAsShown(org, roundId);
    expect(await requestApproval(org.hr, roundId, new Date(t0.getTime() + 120_000))).toEqual({ outcome: 'already-approved' });
    await padThroughApi(org);
    expect(await requestApproval(org.hr, roundId, new Date(t0.getTime() + 180_000))).toMatchObject({ outcome: 'asked', approvers: 2 });
    expect(await requestApproval(org.hr, roundId, new Date(t0.getTime() + 240_000))).toMatchObject({ outcome: 'already-asked' });
    expect(await requestApproval(org.hr, roundId, new Date(t0.getTime() + 25 * 60 * 60_000))).toMatchObject({ outcome: 'asked' });
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'round.approval-requested', targetId: roundId } })).toBe(3);
  });
});
