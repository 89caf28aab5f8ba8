import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/groups/route';
import { DELETE, GET, PATCH } from '@/app/api/v1/groups/[id]/route';
import { questionnaire2026_1 } from '@/content/questionnaires/v2026-1';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';

const none = { params: Promise.resolve<Record<string, string>>({}) };
const at = (id: string) => ({ params: Promise.resolve<Record<string, string>>({ id }) });
const url = (id: string) => `http://t/api/v1/groups/${id}`;
const create = async (headers: Record<string, string>, body: { name: string; parentId?: string }) =>
  (await POST(new NextRequest('http://t/api/v1/groups', { method: 'POST', headers, body: JSON.stringify(body) }), none)).json();
const get = (headers: Record<string, string>, id: string) => GET(new NextRequest(url(id), { headers }), at(id));
const patch = (headers: Record<string, string>, id: string, body: unknown) => PATCH(new NextRequest(url(id), { method: 'PATCH', headers, body: JSON.stringify(body) }), at(id));
const remove = (headers: Record<string, string>, id: string) => DELETE(new NextRequest(url(id), { method: 'DELETE', headers }), at(id));

/** Direktion with Sundhed and Kultur below it. */
async function apiTree() {
  const org = await createApiOrg();
  const direktion = await create(org.headers, { name: 'Direktion' });
  const sundhed = await create(org.headers, { name: 'Sundhed', parentId: direktion.id });
  const kultur = await create(org.headers, { name: 'Kultur', parentId: direktion.id });
  return { ...org, direktion, sundhed, kultur };
}

describe('GET /api/v1/groups/{id}', () => {
  it('answers the group, and 404 alike for an unknown id, a malformed one and another organisation’s', async () => {
    const org = await apiTree();
    const other = await apiTree();
    const response = await get(org.headers, org.sundhed.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(org.sundhed);
    const foreign = await get(org.headers, other.sundhed.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await (await get(org.headers, '00000000-0000-4000-8000-000000000000')).json());
    expect((await get(org.headers, 'nope')).status).toBe(404);
  });
});

describe('PATCH /api/v1/groups/{id}', () => {
  it('renames and moves a group in one request, with one audit entry for each change', async () => {
    const org = await apiTree();
    const response = await patch(org.headers, org.kultur.id, { name: 'Kultur og fritid', parentId: org.sundhed.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: org.kultur.id, name: 'Kultur og fritid', parentId: org.sundhed.id, archivedAt: null });
    const actions = (await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { targetId: org.kultur.id } })).map((e) => e.action);
    expect(actions.sort()).toEqual(['group.created', 'group.moved', 'group.renamed']);
  });

  it('moves a group to the top with parentId null', async () => {
    const org = await apiTree();
    const response = await patch(org.headers, org.sundhed.id, { parentId: null });
    expect(await response.json()).toMatchObject({ parentId: null });
  });

  it('refuses a move below the group itself or one of its descendants with 400 on parentId, and changes nothing', async () => {
    const org = await apiTree();
    const underItself = await patch(org.headers, org.direktion.id, { parentId: org.direktion.id });
    expect(underItself.status).toBe(400);
    expect((await underItself.json()).error.details).toEqual([{ path: 'parentId', message: 'A group cannot be placed under itself.' }]);
    const cycle = await patch(org.headers, org.direktion.id, { name: 'Ny direktion', parentId: org.sundhed.id });
    expect(cycle.status).toBe(400);
    expect(await scopedDb(org.organisationId).leaderGroup.findUniqueOrThrow({ where: { id: org.direktion.id } })).toMatchObject({ name: 'Direktion', parentId: null });
  });

  it('answers 409 on the name for a sibling that has it at the new place', async () => {
    const org = await apiTree();
    await create(org.headers, { name: 'Kultur', parentId: org.sundhed.id });
    const response = await patch(org.headers, org.kultur.id, { parentId: org.sundhed.id });
    expect(response.status).toBe(409);
    expect((await response.json()).error.details).toEqual([{ path: 'name', message: expect.stringContaining('Kultur') }]);
  });

  it('answers 400 for an empty body, and 404 for another organisation’s group or parent', async () => {
    const org = await apiTree();
    const other = await apiTree();
    const empty = await patch(org.headers, org.sundhed.id, {});
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details).toEqual([{ path: '', message: 'Give at least one field to change.' }]);
    expect((await patch(org.headers, other.sundhed.id, { name: 'Overtaget' })).status).toBe(404);
    expect((await patch(org.headers, org.sundhed.id, { parentId: other.direktion.id })).status).toBe(404);
    expect(await ownerDb().leaderGroup.count({ where: { name: 'Overtaget' } })).toBe(0);
  });
});

describe('DELETE /api/v1/groups/{id}', () => {
  it('archives an empty group with 204 and no body; it stays readable and archiving again is harmless', async () => {
    const org = await apiTree();
    const response = await remove(org.headers, org.kultur.id);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await (await get(org.headers, org.kultur.id)).json()).toMatchObject({ id: org.kultur.id, archivedAt: expect.any(String) });
    expect((await remove(org.headers, org.kultur.id)).status).toBe(204);
    expect((await patch(org.headers, org.kultur.id, { name: 'Igen' })).status).toBe(409);
  });

  it('refuses with 409 while active leaders or groups are below it', async () => {
    const org = await apiTree();
    expect((await remove(org.headers, org.direktion.id)).status).toBe(409);
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, name: 'Anne', email: 'anne@example.test', groupId: org.sundhed.id } });
    expect((await remove(org.headers, org.sundhed.id)).status).toBe(409);
    expect(await scopedDb(org.organisationId).leaderGroup.count({ where: { archivedAt: { not: null } } })).toBe(0);
  });
});

describe('a round already open keeps its snapshot', () => {
  it('shows the groups and the leader where they were when it opened, after renames, moves and archiving', async () => {
    const org = await apiTree();
    const leader = await ownerDb().leader.create({ data: { organisationId: org.organisationId, name: 'Anne', email: 'anne@example.test', groupId: org.kultur.id } });
    const round = await ownerDb().round.create({
      data: {
        organisationId: org.organisationId,
        name: 'LederAPV 2027',
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 86_400_000),
        status: 'OPEN',
        questionnaireVersion: questionnaire2026_1.version,
        groupIds: [org.direktion.id],
      },
    });
    await ownerDb().roundGroup.createMany({
      data: [
        { organisationId: org.organisationId, roundId: round.id, groupId: org.direktion.id, parentGroupId: null, name: 'Direktion' },
        { organisationId: org.organisationId, roundId: round.id, groupId: org.kultur.id, parentGroupId: org.direktion.id, name: 'Kultur' },
      ],
    });
    await ownerDb().invitation.create({ data: { organisationId: org.organisationId, roundId: round.id, leaderId: leader.id, groupId: org.kultur.id, locale: 'da' } });

    expect((await patch(org.headers, org.kultur.id, { name: 'Kultur og fritid', parentId: org.sundhed.id })).status).toBe(200);
    await ownerDb().leader.update({ where: { id: leader.id }, data: { groupId: org.sundhed.id } });
    expect((await remove(org.headers, org.kultur.id)).status).toBe(204);

    const snapshot = await ownerDb().roundGroup.findMany({ where: { roundId: round.id }, orderBy: { name: 'asc' } });
    expect(snapshot.map(({ groupId, parentGroupId, name }) => ({ groupId, parentGroupId, name }))).toEqual([
      { groupId: org.direktion.id, parentGroupId: null, name: 'Direktion' },
      { groupId: org.kultur.id, parentGroupId: org.direktion.id, name: 'Kultur' },
    ]);
    expect(await ownerDb().invitation.findFirstOrThrow({ where: { roundId: round.id } })).toMatchObject({ leaderId: leader.id, groupId: org.kultur.id });
  });
});
