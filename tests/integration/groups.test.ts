import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { archiveGroup, createGroup, moveGroup, renameGroup, restoreGroup } from '@/lib/domains/groups/mutations';
import { getGroupOptions, getGroupPath, getGroupTree, resolveGroupPath, subtreeIds } from '@/lib/domains/groups/queries';
import { localizedErrorMessage } from '@/lib/platform/i18n/error-message';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { callerFor, createGroupTreeOrg } from '../fixtures/groups';
import { refusal } from '@/tests/support/refusal';

const auditOf = (organisationId: string, action: string) => scopedDb(organisationId).auditLogEntry.findMany({ where: { action } });

describe('creating groups', () => {
  it('creates a group at the top and one below a parent, each audited', async () => {
    const { organisationId, caller, sundhed } = await createGroupTreeOrg();
    const top = await createGroup(caller, { name: 'Teknik og Miljø', parentId: null });
    const below = await createGroup(caller, { name: 'Hjemmepleje', parentId: sundhed.id });
    expect(below.parentId).toBe(sundhed.id);
    expect(await getGroupPath(organisationId, below.id)).toBe('Direktion / Sundhed / Hjemmepleje');
    expect((await auditOf(organisationId, 'group.created')).map((e) => e.targetId).sort()).toEqual([top.id, below.id].sort());
  });

  it('refuses a name a sibling already has, whatever its case, as a conflict on the name field', async () => {
    const { caller, direktion } = await createGroupTreeOrg();
    const error = await refusal(createGroup(caller, { name: 'SUNDHED', parentId: direktion.id }));
    expect(error.status).toBe(409);
    expect(error.details).toEqual([{ path: 'name', message: 'There is already a group called “Sundhed” at this place in the tree.' }]);
  });

  it('says the duplicate name in Danish to a Danish user', async () => {
    const { organisationId, direktion } = await createGroupTreeOrg();
    const error = await refusal(createGroup(callerFor(organisationId, 'da'), { name: 'sundhed', parentId: direktion.id }));
    expect(error.details).toEqual([{ path: 'name', message: 'Der findes allerede en gruppe, der hedder »Sundhed«, på dette sted i træet.' }]);
  });

  it('allows the same name elsewhere in the tree, and again once the sibling is archived', async () => {
    const { caller, sundhed, okonomi, pleje } = await createGroupTreeOrg();
    await expect(createGroup(caller, { name: 'Sundhed', parentId: okonomi.id })).resolves.toMatchObject({ name: 'Sundhed' });
    await archiveGroup(caller, { groupId: pleje.id });
    await expect(createGroup(caller, { name: 'Plejecentre', parentId: sundhed.id })).resolves.toMatchObject({ name: 'Plejecentre' });
  });

  it("answers another organisation's parent, and an unknown one, with not found", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect((await refusal(createGroup(mine.caller, { name: 'Snyd', parentId: theirs.direktion.id }))).status).toBe(404);
    expect((await refusal(createGroup(mine.caller, { name: 'Snyd', parentId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    expect(await scopedDb(theirs.organisationId).leaderGroup.count({ where: { name: 'Snyd' } })).toBe(0);
  });

  it('refuses an archived parent on the parent field', async () => {
    const { caller, pleje } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: pleje.id });
    const error = await refusal(createGroup(caller, { name: 'Ny', parentId: pleje.id }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual([{ path: 'parentId', message: 'The chosen group is archived. Choose an active group.' }]);
  });
});

describe('renaming and moving groups', () => {
  it('renames a group and audits the old and new name', async () => {
    const { organisationId, caller, pleje } = await createGroupTreeOrg();
    await renameGroup(caller, { groupId: pleje.id, name: 'Plejehjem' });
    expect(await getGroupPath(organisationId, pleje.id)).toBe('Direktion / Sundhed / Plejehjem');
    expect((await auditOf(organisationId, 'group.renamed'))[0]!.details).toEqual({ from: 'Plejecentre', to: 'Plejehjem' });
  });

  it('refuses renaming to a sibling’s name but allows changing only the case of its own', async () => {
    const { caller, sundhed } = await createGroupTreeOrg();
    expect((await refusal(renameGroup(caller, { groupId: sundhed.id, name: 'økonomi' }))).status).toBe(409);
    await expect(renameGroup(caller, { groupId: sundhed.id, name: 'SUNDHED' })).resolves.toMatchObject({ name: 'SUNDHED' });
  });

  it('moves a group with everything below it, and audits from where to where', async () => {
    const { organisationId, caller, sundhed, okonomi, pleje } = await createGroupTreeOrg();
    await moveGroup(caller, { groupId: sundhed.id, parentId: okonomi.id });
    expect(await getGroupPath(organisationId, pleje.id)).toBe('Direktion / Økonomi / Sundhed / Plejecentre');
    expect((await auditOf(organisationId, 'group.moved'))[0]!.details).toMatchObject({ fromParentId: okonomi.parentId, toParentId: okonomi.id });
    await moveGroup(caller, { groupId: sundhed.id, parentId: null });
    expect(await getGroupPath(organisationId, pleje.id)).toBe('Sundhed / Plejecentre');
  });

  it('refuses to move a group under itself or under its own descendant, leaving the tree as it was', async () => {
    const { organisationId, caller, direktion, pleje } = await createGroupTreeOrg();
    const self = await refusal(moveGroup(caller, { groupId: direktion.id, parentId: direktion.id }));
    expect(self.details).toEqual([{ path: 'parentId', message: 'A group cannot be placed under itself.' }]);
    const cycle = await refusal(moveGroup(caller, { groupId: direktion.id, parentId: pleje.id }));
    expect(cycle.status).toBe(400);
    expect(cycle.details).toEqual([{ path: 'parentId', message: '“Direktion” cannot be moved under one of its own subgroups — the tree would go round in a circle.' }]);
    expect((await ownerDb().leaderGroup.findUniqueOrThrow({ where: { id: direktion.id } })).parentId).toBeNull();
    expect(await auditOf(organisationId, 'group.moved')).toEqual([]);
  });

  it('never lets two simultaneous moves make a loop', async () => {
    const { organisationId, caller, sundhed, okonomi } = await createGroupTreeOrg();
    const results = await Promise.allSettled([moveGroup(caller, { groupId: sundhed.id, parentId: okonomi.id }), moveGroup(caller, { groupId: okonomi.id, parentId: sundhed.id })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const tree = await getGroupTree(organisationId);
    expect(tree.active.map((n) => n.id)).toEqual(expect.arrayContaining([sundhed.id, okonomi.id]));
  });

  it("refuses moving under another organisation's group as not found", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect((await refusal(moveGroup(mine.caller, { groupId: mine.okonomi.id, parentId: theirs.direktion.id }))).status).toBe(404);
    expect((await refusal(renameGroup(mine.caller, { groupId: theirs.okonomi.id, name: 'Overtaget' }))).status).toBe(404);
    expect((await ownerDb().leaderGroup.findUniqueOrThrow({ where: { id: theirs.okonomi.id } })).name).toBe('Økonomi');
  });
});

describe('archiving groups', () => {
  it('archives an empty group: hidden from pickers, listed as archived with its path, audited', async () => {
    const { organisationId, caller, okonomi } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: okonomi.id });
    expect((await getGroupOptions(organisationId)).map((o) => o.name)).not.toContain('Økonomi');
    const tree = await getGroupTree(organisationId);
    expect(tree.archived.map((g) => g.path)).toEqual(['Direktion / Økonomi']);
    expect(await auditOf(organisationId, 'group.archived')).toHaveLength(1);
    await archiveGroup(caller, { groupId: okonomi.id });
    expect(await auditOf(organisationId, 'group.archived')).toHaveLength(1);
  });

  it('refuses to archive a group that still has active leaders, saying how many', async () => {
    const { caller, sundhed, pleje } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: pleje.id });
    const error = await refusal(archiveGroup(caller, { groupId: sundhed.id }));
    expect(error.status).toBe(409);
    expect(localizedErrorMessage(error, 'en')).toBe('“Sundhed” cannot be archived: it still has 1 active leader. Move or archive them first.');
    expect(localizedErrorMessage(error, 'da')).toBe('»Sundhed« kan ikke arkiveres: den har stadig 1 aktiv leder. Flyt eller arkivér dem først.');
  });

  it('refuses to archive a group with active subgroups, and one with both leaders and subgroups', async () => {
    const { caller, direktion, sundhed } = await createGroupTreeOrg();
    const groupsOnly = await refusal(archiveGroup(caller, { groupId: direktion.id }));
    expect(groupsOnly.messageKey).toBe('groups.errors.archiveHasGroups');
    expect(localizedErrorMessage(groupsOnly, 'en')).toBe('“Direktion” cannot be archived: it still has 2 active subgroups. Move or archive them first.');
    const both = await refusal(archiveGroup(caller, { groupId: sundhed.id }));
    expect(localizedErrorMessage(both, 'en')).toBe('“Sundhed” cannot be archived: it still has 1 active leader and 1 active subgroup. Move or archive them first.');
  });

  it('allows archiving once the leaders are archived (they keep their history)', async () => {
    const { caller, leader, sundhed, pleje } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: pleje.id });
    await ownerDb().leader.update({ where: { id: leader.id }, data: { archivedAt: new Date() } });
    await expect(archiveGroup(caller, { groupId: sundhed.id })).resolves.toMatchObject({ archivedAt: expect.any(Date) });
  });

  it('refuses renaming or moving an archived group, and restores it only under an active parent', async () => {
    const { organisationId, caller, sundhed, pleje } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: pleje.id });
    expect((await refusal(renameGroup(caller, { groupId: pleje.id, name: 'X' }))).messageKey).toBe('groups.errors.archived');
    await ownerDb().leader.updateMany({ where: { groupId: sundhed.id }, data: { archivedAt: new Date() } });
    await archiveGroup(caller, { groupId: sundhed.id });
    expect((await refusal(restoreGroup(caller, { groupId: pleje.id }))).messageKey).toBe('groups.errors.restoreParentArchived');
    await restoreGroup(caller, { groupId: sundhed.id });
    await restoreGroup(caller, { groupId: pleje.id });
    expect((await getGroupTree(organisationId)).archived).toEqual([]);
    expect(await auditOf(organisationId, 'group.restored')).toHaveLength(2);
  });
});

describe('group queries', () => {
  it('gives the tree in order with depth, direct and subtree leader counts', async () => {
    const { organisationId, pleje } = await createGroupTreeOrg();
    await ownerDb().leader.create({ data: { organisationId, groupId: pleje.id, name: 'Bo', email: 'bo@example.test' } });
    await ownerDb().leader.create({ data: { organisationId, groupId: pleje.id, name: 'Gammel', email: 'gammel@example.test', archivedAt: new Date() } });
    const tree = await getGroupTree(organisationId);
    expect(tree.active.map((n) => [n.path, n.depth, n.leaderCount, n.subtreeLeaderCount])).toEqual([
      ['Direktion', 0, 0, 2],
      ['Direktion / Sundhed', 1, 1, 2],
      ['Direktion / Sundhed / Plejecentre', 2, 1, 1],
      ['Direktion / Økonomi', 1, 0, 0],
    ]);
  });

  it('resolves a path as HR writes it, only within the organisation', async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect(await resolveGroupPath(mine.organisationId, 'direktion / sundhed/PLEJECENTRE')).toEqual({ kind: 'found', id: mine.pleje.id });
    expect(await resolveGroupPath(theirs.organisationId, 'Direktion/Sundhed/Plejecentre')).toEqual({ kind: 'found', id: theirs.pleje.id });
    expect(await resolveGroupPath(mine.organisationId, 'Sundhed')).toEqual({ kind: 'unknown' });
  });

  it("finds a group's subtree, and nothing for another organisation's group", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    expect((await subtreeIds(mine.organisationId, mine.sundhed.id)).sort()).toEqual([mine.sundhed.id, mine.pleje.id].sort());
    expect(await subtreeIds(mine.organisationId, [mine.direktion.id])).toHaveLength(4);
    expect(await subtreeIds(mine.organisationId, theirs.direktion.id)).toEqual([]);
    expect(await subtreeIds(mine.organisationId, 'not-a-uuid')).toEqual([]);
  });

  it('leaves archived groups out of a subtree only when asked', async () => {
    const { organisationId, caller, sundhed, pleje } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: pleje.id });
    expect(await subtreeIds(organisationId, sundhed.id)).toHaveLength(2);
    expect(await subtreeIds(organisationId, sundhed.id, { activeOnly: true })).toEqual([sundhed.id]);
  });
});
