import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { joinAsLeaderWhereListed } from '@/lib/domains/members/leader-membership';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { ownerDb } from '@/tests/support/owner-db';
import { memberActorOf } from '../fixtures/actors';
import { createResultsOrg, createResultsRound, same } from '../fixtures/results';

const calm = { strain: 2, resource: 4 };
const userWith = (email: string) => ownerDb().user.create({ data: { email } });
const memberships = (userId: string) => ownerDb().membership.findMany({ where: { userId }, orderBy: { organisationId: 'asc' } });

describe('a leader on the list reaches their own group by signing in', () => {
  it('joins each organisation that lists the address as an active leader, once, as LEADER, audited there', async () => {
    const email = `anne.${randomBytes(4).toString('hex')}@example.test`;
    const [first, second, other] = [await createResultsOrg('Liste A'), await createResultsOrg('Liste B'), await createResultsOrg('Ikke på listen')];
    await createResultsRound(first, [{ key: 'Pleje', answers: same(3, calm) }], { leaderEmails: { Pleje: email } });
    await createResultsRound(second, [{ key: 'Teknik', answers: same(3, calm) }], { leaderEmails: { Teknik: email } });
    await createResultsRound(other, [{ key: 'Skole', answers: same(3, calm) }]);
    const user = await userWith(email);

    expect((await joinAsLeaderWhereListed(user.id, email.toUpperCase())).sort()).toEqual([first.organisationId, second.organisationId].sort());
    expect((await memberships(user.id)).map((m) => [m.organisationId, m.role])).toEqual(
      [
        [first.organisationId, 'LEADER'],
        [second.organisationId, 'LEADER'],
      ].sort(),
    );
    const audit = await ownerDb().auditLogEntry.findMany({ where: { action: 'member.joined-as-leader', actorUserId: user.id } });
    expect(audit.map((e) => e.organisationId).sort()).toEqual([first.organisationId, second.organisationId].sort());
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: other.organisationId, actorUserId: user.id } })).toBe(0);

    // The next sign-in changes nothing.
    expect(await joinAsLeaderWhereListed(user.id, email)).toEqual([]);
    expect(await memberships(user.id)).toHaveLength(2);
  });

  it('leaves an existing membership alone and gives an archived leader nothing', async () => {
    const email = `bo.${randomBytes(4).toString('hex')}@example.test`;
    const org = await createResultsOrg('Eksisterende');
    await createResultsRound(org, [{ key: 'Pleje', answers: same(3, calm) }], { leaderEmails: { Pleje: email } });
    const user = await userWith(email);
    await ownerDb().membership.create({ data: { organisationId: org.organisationId, userId: user.id, role: 'MANAGER_OF_LEADERS' } });
    expect(await joinAsLeaderWhereListed(user.id, email)).toEqual([]);
    expect((await memberships(user.id)).map((m) => m.role)).toEqual(['MANAGER_OF_LEADERS']);

    const archivedEmail = `cy.${randomBytes(4).toString('hex')}@example.test`;
    await createResultsRound(org, [{ key: 'Pleje', answers: same(3, calm) }], { leaderEmails: { Pleje: archivedEmail } });
    await ownerDb().leader.updateMany({ where: { organisationId: org.organisationId, email: archivedEmail }, data: { archivedAt: new Date() } });
    const archived = await userWith(archivedEmail);
    expect(await joinAsLeaderWhereListed(archived.id, archivedEmail)).toEqual([]);
    expect(await memberships(archived.id)).toEqual([]);
  });

  it('sees, once joined, their own group of a closed round — and no other group, nor the organisation', async () => {
    const email = `dorte.${randomBytes(4).toString('hex')}@example.test`;
    const org = await createResultsOrg('Egen gruppe');
    const { roundId } = await createResultsRound(
      org,
      [
        { key: 'Direktion', answers: same(3, calm) },
        { key: 'Pleje', parent: 'Direktion', answers: same(3, calm) },
        { key: 'Teknik', parent: 'Direktion', answers: same(3, calm) },
      ],
      { leaderEmails: { Pleje: email } },
    );
    const user = await userWith(email);
    await joinAsLeaderWhereListed(user.id, email);
    const leader = await memberActorOf(org.organisationId, user.id);
    const model = await getResultsDashboard(leader, roundId, {});
    expect(model.picker.map((e) => e.name)).toEqual(['Pleje']);
    await expect(getResultsDashboard(leader, roundId, { groupId: org.groups.Teknik })).rejects.toMatchObject({ code: 'not_found' });
  });
});
