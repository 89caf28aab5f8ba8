import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { archiveGroup } from '@/lib/domains/groups/mutations';
import { localizedErrorMessage } from '@/lib/platform/i18n/error-message';
import { archiveLeader, createLeader, moveLeader, restoreLeader, updateLeader } from '@/lib/domains/leaders/mutations';
import { getLeader, listLeaders } from '@/lib/domains/leaders/queries';
import { createLeaderBodySchema } from '@/lib/domains/leaders/schemas';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { callerFor, createGroupTreeOrg } from '../fixtures/groups';
import { refusal } from '@/tests/support/refusal';

const input = (groupId: string, overrides: Partial<{ name: string; email: string; managerEmail: string | null; locale: 'da' | 'en' | null; employeeNumber: string | null }> = {}) => ({
  name: 'Bo Hansen',
  email: 'bo.hansen@example.test',
  groupId,
  managerEmail: null,
  locale: null,
  ...overrides,
});

const auditOf = (organisationId: string, action: string) => scopedDb(organisationId).auditLogEntry.findMany({ where: { action } });

describe('adding leaders', () => {
  it('adds a leader with the e-mail trimmed and lower-cased by the shared schema, and audits it', async () => {
    const { organisationId, caller, pleje } = await createGroupTreeOrg();
    const parsed = createLeaderBodySchema.parse({ name: ' Bo Hansen ', email: '  Bo.Hansen@Example.TEST ', groupId: pleje.id, managerEmail: 'Chef@Example.test' });
    const leader = await createLeader(caller, { ...parsed, managerEmail: parsed.managerEmail ?? null, locale: parsed.locale ?? null });
    expect(leader).toMatchObject({ name: 'Bo Hansen', email: 'bo.hansen@example.test', managerEmail: 'chef@example.test', groupId: pleje.id });
    expect((await auditOf(organisationId, 'leader.created'))[0]).toMatchObject({ targetId: leader.id, details: { email: 'bo.hansen@example.test' } });
  });

  it('refuses an e-mail already used in the organisation as a conflict on the e-mail field', async () => {
    const { caller, pleje, leader } = await createGroupTreeOrg();
    const error = await refusal(createLeader(caller, input(pleje.id, { email: leader.email })));
    expect(error.status).toBe(409);
    expect(error.details).toEqual([{ path: 'email', message: `Another leader in the organisation already has the e-mail ${leader.email}.` }]);
  });

  it('points to the archived leader when the e-mail belongs to one', async () => {
    const { caller, pleje, leader } = await createGroupTreeOrg();
    await archiveLeader(caller, leader.id);
    const error = await refusal(createLeader(caller, input(pleje.id, { email: leader.email })));
    expect(error.details).toEqual([{ path: 'email', message: `${leader.email} belongs to an archived leader (Anne Jensen). Restore that leader instead of adding a new one.` }]);
  });

  it('allows the same e-mail in another organisation', async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    await createLeader(mine.caller, input(mine.pleje.id));
    await expect(createLeader(theirs.caller, input(theirs.pleje.id))).resolves.toMatchObject({ organisationId: theirs.organisationId });
  });

  it('gives one of two simultaneous adds of the same e-mail the same conflict answer', async () => {
    const { caller, pleje, okonomi } = await createGroupTreeOrg();
    const results = await Promise.allSettled([createLeader(caller, input(pleje.id)), createLeader(caller, input(okonomi.id))]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ status: 409, details: [{ path: 'email' }] });
  });

  it("refuses another organisation's group as not found and an archived group on the group field", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect((await refusal(createLeader(mine.caller, input(theirs.pleje.id)))).status).toBe(404);
    await archiveGroup(mine.caller, { groupId: mine.okonomi.id });
    const archived = await refusal(createLeader(callerFor(mine.organisationId, 'da'), input(mine.okonomi.id)));
    expect(archived.status).toBe(400);
    expect(archived.details).toEqual([{ path: 'groupId', message: 'Gruppen »Økonomi« er arkiveret. Vælg en aktiv gruppe.' }]);
    expect(await scopedDb(theirs.organisationId).leader.count()).toBe(1);
  });
});

describe('changing leaders', () => {
  it('edits and moves a leader, auditing only what changed', async () => {
    const { organisationId, caller, leader, okonomi } = await createGroupTreeOrg();
    await updateLeader(caller, leader.id, { name: 'Anne Jensen', email: leader.email, groupId: okonomi.id, managerEmail: 'chef@example.test', locale: 'en' });
    const entry = (await auditOf(organisationId, 'leader.updated'))[0]!;
    expect(entry.details).toEqual({
      changes: { groupId: { from: leader.groupId, to: okonomi.id }, managerEmail: { from: null, to: 'chef@example.test' }, locale: { from: null, to: 'en' } },
    });
    expect(await getLeader(organisationId, leader.id)).toMatchObject({ groupPath: 'Direktion / Økonomi', locale: 'en' });
    await updateLeader(caller, leader.id, { name: 'Anne Jensen' });
    expect(await auditOf(organisationId, 'leader.updated')).toHaveLength(1);
  });

  it("refuses changing the e-mail to another leader's", async () => {
    const { caller, leader, pleje } = await createGroupTreeOrg();
    const other = await createLeader(caller, input(pleje.id));
    expect((await refusal(updateLeader(caller, other.id, { email: leader.email }))).status).toBe(409);
    await expect(updateLeader(caller, other.id, { email: 'bo.ny@example.test' })).resolves.toMatchObject({ email: 'bo.ny@example.test' });
  });

  it("refuses moving to an archived group, to another organisation's group, or touching another organisation's leader", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    await archiveGroup(mine.caller, { groupId: mine.okonomi.id });
    expect((await refusal(moveLeader(mine.caller, mine.leader.id, mine.okonomi.id))).status).toBe(400);
    expect((await refusal(moveLeader(mine.caller, mine.leader.id, theirs.pleje.id))).status).toBe(404);
    expect((await refusal(updateLeader(mine.caller, theirs.leader.id, { name: 'Overtaget' }))).status).toBe(404);
    expect((await refusal(archiveLeader(mine.caller, theirs.leader.id))).status).toBe(404);
    expect(await getLeader(mine.organisationId, theirs.leader.id)).toBeNull();
    expect((await ownerDb().leader.findUniqueOrThrow({ where: { id: theirs.leader.id } })).archivedAt).toBeNull();
  });

  it('archives a leader (keeping the row), refuses editing them, and restores them', async () => {
    const { organisationId, caller, leader } = await createGroupTreeOrg();
    await archiveLeader(caller, leader.id);
    await archiveLeader(caller, leader.id);
    expect(await auditOf(organisationId, 'leader.archived')).toHaveLength(1);
    expect((await refusal(updateLeader(caller, leader.id, { name: 'X' }))).messageKey).toBe('leaders.errors.archived');
    await restoreLeader(caller, leader.id);
    expect(await getLeader(organisationId, leader.id)).toMatchObject({ archivedAt: null });
    expect(await auditOf(organisationId, 'leader.restored')).toHaveLength(1);
  });

  it('restores a leader only while their group is active', async () => {
    const { caller, leader, sundhed, pleje } = await createGroupTreeOrg();
    await archiveLeader(caller, leader.id);
    await archiveGroup(caller, { groupId: pleje.id });
    await archiveGroup(caller, { groupId: sundhed.id });
    const error = await refusal(restoreLeader(caller, leader.id));
    expect(localizedErrorMessage(error, 'en')).toBe('Anne Jensen cannot be restored while their group “Sundhed” is archived. Restore the group first.');
  });
});

describe('listing leaders', () => {
  it('filters by a group with its subtree, by name, e-mail or employee number, and shows archived leaders only when asked', async () => {
    const { organisationId, caller, leader, sundhed, pleje, okonomi } = await createGroupTreeOrg();
    await createLeader(caller, input(pleje.id, { employeeNumber: '4711' }));
    const cy = await createLeader(caller, input(okonomi.id, { name: 'Cecilie Yde', email: 'cy@example.test' }));
    await archiveLeader(caller, cy.id);

    const names = async (filter: Parameters<typeof listLeaders>[1]) => (await listLeaders(organisationId, filter)).items.map((l) => l.name);
    expect(await names({})).toEqual(['Anne Jensen', 'Bo Hansen']);
    expect(await names({ groupId: sundhed.id })).toEqual(['Anne Jensen', 'Bo Hansen']);
    expect(await names({ groupId: pleje.id })).toEqual(['Bo Hansen']);
    expect(await names({ search: 'HANSEN' })).toEqual(['Bo Hansen']);
    expect(await names({ search: 'Bo.Hansen@' })).toEqual(['Bo Hansen']);
    expect(await names({ search: ' 4711 ' })).toEqual(['Bo Hansen']);
    expect(await names({ search: '471' })).toEqual([]);
    expect(await names({ archived: true })).toEqual(['Cecilie Yde']);
    expect(await names({ groupId: okonomi.id })).toEqual([]);
    const listed = await listLeaders(organisationId, { take: 1 });
    expect(listed).toMatchObject({ total: 2, items: [{ id: leader.id, groupPath: 'Direktion / Sundhed' }] });
  });

  it("never lists another organisation's leaders, even when filtered by their group", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect((await listLeaders(mine.organisationId, { groupId: theirs.sundhed.id })).items).toEqual([]);
    expect((await listLeaders(mine.organisationId)).items.map((l) => l.id)).toEqual([mine.leader.id]);
  });
});
