import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { AppError } from '@/lib/platform/errors';
import { personalLinkFor, resolveInvitationToken } from '@/lib/domains/invitations/links';
import { manualReminderStep, reminderDeliveryKey } from '@/lib/domains/invitations/reminders';
import { DAY } from '../fixtures/rounds';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { deleteOrganisation } from '@/lib/domains/privacy/delete-organisation';
import { eraseLeader } from '@/lib/domains/privacy/erase-leader';
import { exportPersonalData } from '@/lib/domains/privacy/export-person';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import { sharedSnapshot } from '@/lib/domains/sharing/snapshot';
import { sealSnapshot } from '@/lib/domains/sharing/stored-share';
import { tenantModels } from '@/lib/platform/tenant/tenant-models';
import { createOrg } from '../fixtures/organisations';
import { createRespondent, fullAnswers } from '../fixtures/respondents';
import { createStaff } from '../fixtures/staff';
import { memberActorOf } from '../fixtures/actors';

/** A leader who was invited, answered, has a live personal link, shared their balance and is named in the audit log. */
async function leaderWithHistory() {
  const respondent = await createRespondent();
  const { organisation, leader, invitation, round, ctx } = respondent;
  const { url } = await personalLinkFor(ownerDb(), invitation);
  await saveAnswers(ctx, { answers: fullAnswers({ strain: 4, resource: 2 }) });
  await submitResponse(ctx);
  const answers = Object.fromEntries(fullAnswers({ strain: 4, resource: 2 }).map((a) => [a.itemKey, a.value]));
  const shared = sharedSnapshot(q, answers);
  await ownerDb().sharedBalance.create({
    data: {
      organisationId: organisation.id,
      roundId: round.id,
      invitationId: invitation.id,
      leaderName: leader.name,
      managerEmail: 'chef@example.test',
      sealedSnapshot: sealSnapshot(shared),
      createdAt: new Date('2027-03-04T10:00:00Z'),
    },
  });
  await ownerDb().reminderDelivery.create({ data: { organisationId: organisation.id, roundId: round.id, deliveryKey: reminderDeliveryKey(invitation.id, 7), daysBefore: 7 } });
  await recordAudit({
    organisationId: organisation.id,
    action: 'leader.created',
    actor: { system: true },
    target: { type: 'leader', id: leader.id },
    details: { name: leader.name, email: leader.email },
  });
  await recordAudit({ organisationId: organisation.id, action: 'leaders.imported', actor: { system: true }, details: { emails: [leader.email, 'other@example.test'] } });
  const { user } = await createStaff(organisation.id, 'HR_ADMIN');
  const caller = await memberActorOf(organisation.id, user.id);
  return { ...respondent, token: url.split('/').pop()!, caller, shared };
}

describe('erasing a leader', () => {
  it('leaves nothing personal: name, address, links, shared copies and audit details go; answers, participation and that a share existed stay', async () => {
    const { organisation, leader, invitation, round, token, caller } = await leaderWithHistory();
    const responsesBefore = await ownerDb().response.count({ where: { roundId: round.id, status: 'SUBMITTED' } });
    const answersBefore = await ownerDb().answer.count({ where: { organisationId: organisation.id } });

    await ownerDb().leader.update({ where: { id: leader.id }, data: { employeeNumber: '104233' } });
    await eraseLeader(caller, leader.id);

    const erased = await ownerDb().leader.findUniqueOrThrow({ where: { id: leader.id } });
    expect(erased).toMatchObject({ name: '—', managerEmail: null, employeeNumber: null, erasedAt: expect.any(Date), archivedAt: expect.any(Date) });
    expect(erased.email).not.toContain(leader.email.split('@')[0]!);
    expect(await resolveInvitationToken(token)).toBeNull();
    // The copy goes; the row stays, nameless, so the manager's view of the group stays careful.
    expect(await ownerDb().sharedBalance.findMany({ where: { invitationId: invitation.id } })).toEqual([
      expect.objectContaining({ leaderName: '—', managerEmail: 'chef@example.test', sealedSnapshot: null, snapshot: null, withdrawnAt: expect.any(Date) }),
    ]);
    const auditText = JSON.stringify(await ownerDb().auditLogEntry.findMany({ where: { organisationId: organisation.id } }));
    expect(auditText).not.toContain(leader.email);
    expect(auditText).not.toContain(leader.name);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'leader.erased', targetId: leader.id } })).toBe(1);
    // The round still counts who was invited and who answered; the answers stay as they were, unlinked.
    expect(await ownerDb().invitation.count({ where: { roundId: round.id } })).toBe(1);
    expect(await ownerDb().response.count({ where: { roundId: round.id, status: 'SUBMITTED' } })).toBe(responsesBefore);
    expect(await ownerDb().answer.count({ where: { organisationId: organisation.id } })).toBe(answersBefore);

    // Twice is harmless; another organisation's leader is "not found".
    await eraseLeader(caller, leader.id);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'leader.erased' } })).toBe(1);
    const other = await createOrg('Anden');
    await expect(eraseLeader(caller, other.leader.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await ownerDb().leader.findUniqueOrThrow({ where: { id: other.leader.id } })).toMatchObject({ name: other.leader.name, erasedAt: null });
  });
});

describe('handing over a person’s data', () => {
  it('gives everything held about a leader and a staff member, and never whether or what they answered', async () => {
    const { organisation, leader, caller } = await leaderWithHistory();
    const staff = await createStaff(organisation.id, 'MED_AMO', { email: leader.email, name: 'Anne Jensen' });
    const data = await exportPersonalData(caller, leader.email);
    expect(data.leader).toMatchObject({ name: 'Anne Jensen', email: leader.email, group: 'Direktion / Sundhed' });
    expect(data.leader?.invitations).toEqual([expect.objectContaining({ round: 'LederAPV test', reminders: [expect.objectContaining({ daysBefore: 7 })] })]);
    expect(data.leader?.sharedWithManager).toEqual([{ round: 'LederAPV test', managerEmail: 'chef@example.test', sharedOn: '2027-03-04', withdrawn: false }]);
    expect(data.staffMember).toMatchObject({ name: staff.user.name, role: 'MED_AMO', email: leader.email, memberSince: staff.membership.createdAt });
    expect(data.auditTrail.map((e) => e.action)).toContain('leader.created');
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/answeredAt|responseKey|"value"|SUBMITTED/);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'privacy.person-exported', actorUserId: caller.userId } })).toBe(1);
  });

  it('lists HR’s “remind now” as a manual reminder with its time, never as a negative count of days', async () => {
    const { organisation, leader, invitation, round, caller } = await leaderWithHistory();
    await ownerDb().round.update({ where: { id: round.id }, data: { openedAt: new Date(Date.now() - 3 * DAY) } });
    const sentAt = new Date(Date.now() - DAY);
    const step = manualReminderStep(sentAt);
    await ownerDb().reminderDelivery.create({ data: { organisationId: organisation.id, roundId: round.id, deliveryKey: reminderDeliveryKey(invitation.id, step), daysBefore: step, sentAt } });
    const data = await exportPersonalData(caller, leader.email);
    expect(data.leader?.invitations[0]?.reminders).toContainEqual({ kind: 'manual', daysBefore: null, sentAt });
    expect(data.leader?.invitations[0]?.reminders).toContainEqual(expect.objectContaining({ kind: 'scheduled', daysBefore: 7 }));
    expect(JSON.stringify(data)).not.toMatch(/"daysBefore":-/);
  });

  it('shows that a share exists, not its values — sealed, withdrawn or kept in the clear from before sealing', async () => {
    const { organisation, leader, invitation, round, caller, shared } = await leaderWithHistory();
    await ownerDb().sharedBalance.create({
      data: {
        organisationId: organisation.id,
        roundId: round.id,
        invitationId: invitation.id,
        leaderName: leader.name,
        managerEmail: 'tidligere.chef@example.test',
        snapshot: shared,
        createdAt: new Date('2027-03-10T09:00:00Z'),
        withdrawnAt: new Date('2027-03-11T09:00:00Z'),
      },
    });
    const data = await exportPersonalData(caller, leader.email);
    expect(data.leader?.sharedWithManager).toEqual([
      { round: 'LederAPV test', managerEmail: 'chef@example.test', sharedOn: '2027-03-04', withdrawn: false },
      { round: 'LederAPV test', managerEmail: 'tidligere.chef@example.test', sharedOn: '2027-03-10', withdrawn: true },
    ]);
    const text = JSON.stringify(data);
    for (const item of shared.items) expect(text).not.toContain(item.key);
    expect(text).not.toMatch(/balance|strainMean|resourceMean|"value"|sealed|snapshot|v1\./i);
  });

  it('finds nothing for an address another organisation knows', async () => {
    const { caller } = await leaderWithHistory();
    const other = await createOrg('Anden');
    const data = await exportPersonalData(caller, other.leader.email);
    expect(data.leader).toBeNull();
    expect(data.staffMember).toBeNull();
  });
});

describe('deleting an organisation', () => {
  it('refuses a name typed wrong, next to the field, deleting nothing', async () => {
    const { organisation, caller } = await leaderWithHistory();
    const refused = await deleteOrganisation(caller, 'Forkert navn').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details).toEqual([{ path: 'confirmName', message: expect.stringContaining(organisation.name) }]);
    expect(await ownerDb().organisation.count({ where: { id: organisation.id } })).toBe(1);
  });

  it('removes every row it owned and the people who belonged nowhere else, and leaves other organisations alone', async () => {
    const { organisation, caller } = await leaderWithHistory();
    const other = await createRespondent();
    const both = await createStaff(organisation.id, 'TOP_MANAGEMENT');
    await ownerDb().membership.create({ data: { organisationId: other.organisation.id, userId: both.user.id, role: 'MED_AMO' } });
    const onlyHere = caller.userId;

    await deleteOrganisation(caller, ` ${organisation.name} `);

    for (const model of tenantModels) {
      const rows = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${model}" WHERE "organisationId" = $1::uuid`, organisation.id);
      expect(rows[0]!.n, model).toBe(0);
    }
    expect(await ownerDb().organisation.count({ where: { id: organisation.id } })).toBe(0);
    expect(await ownerDb().user.count({ where: { id: onlyHere } })).toBe(0);
    expect(await ownerDb().user.count({ where: { id: both.user.id } })).toBe(1);
    expect(await ownerDb().leader.count({ where: { organisationId: other.organisation.id } })).toBe(1);
    expect(await ownerDb().invitation.count({ where: { organisationId: other.organisation.id } })).toBe(1);
  });
});
