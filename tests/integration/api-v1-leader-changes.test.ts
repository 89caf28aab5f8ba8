import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/leaders/route';
import { DELETE, GET, PATCH } from '@/app/api/v1/leaders/[id]/route';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';

const none = { params: Promise.resolve<Record<string, string>>({}) };
const at = (id: string) => ({ params: Promise.resolve<Record<string, string>>({ id }) });
const url = (id: string) => `http://t/api/v1/leaders/${id}`;
const get = (headers: Record<string, string>, id: string) => GET(new NextRequest(url(id), { headers }), at(id));
const patch = (headers: Record<string, string>, id: string, body: unknown) => PATCH(new NextRequest(url(id), { method: 'PATCH', headers, body: JSON.stringify(body) }), at(id));
const remove = (headers: Record<string, string>, id: string) => DELETE(new NextRequest(url(id), { method: 'DELETE', headers }), at(id));

/** An API organisation with Direktion → Sundhed and Anne in Sundhed. */
async function apiOrgWithLeader() {
  const org = await createApiOrg();
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Direktion' } });
  const sundhed = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Sundhed', parentId: direktion.id } });
  const body = { name: 'Anne Jensen', email: 'anne@kommune.dk', groupId: sundhed.id };
  const anne = await (await POST(new NextRequest('http://t/api/v1/leaders', { method: 'POST', headers: org.headers, body: JSON.stringify(body) }), none)).json();
  return { ...org, direktion, sundhed, anne };
}

describe('GET /api/v1/leaders/{id}', () => {
  it('answers the leader, and 404 alike for another organisation’s leader and a malformed id', async () => {
    const org = await apiOrgWithLeader();
    const other = await apiOrgWithLeader();
    expect(await (await get(org.headers, org.anne.id)).json()).toEqual(org.anne);
    const foreign = await get(org.headers, other.anne.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await (await get(org.headers, 'nope')).json());
  });
});

describe('PATCH /api/v1/leaders/{id}', () => {
  it('changes only the fields sent, lower-cases the e-mail and audits what changed', async () => {
    const org = await apiOrgWithLeader();
    const response = await patch(org.headers, org.anne.id, { email: ' Anne.J@Kommune.DK ', groupId: org.direktion.id, locale: 'en' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Anne Jensen', email: 'anne.j@kommune.dk', groupId: org.direktion.id, managerEmail: null, locale: 'en' });
    const entry = await scopedDb(org.organisationId).auditLogEntry.findFirstOrThrow({ where: { action: 'leader.updated', targetId: org.anne.id } });
    expect(Object.keys(entry.details as object)).toEqual(['changes']);
    expect(Object.keys((entry.details as { changes: object }).changes).sort()).toEqual(['email', 'groupId', 'locale']);
  });

  it('answers 400 for an empty body or an invalid field, 404 for another organisation’s group, 409 for a taken e-mail', async () => {
    const org = await apiOrgWithLeader();
    const other = await apiOrgWithLeader();
    expect((await patch(org.headers, org.anne.id, {})).status).toBe(400);
    const invalid = await patch(org.headers, org.anne.id, { email: 'not-an-email' });
    expect((await invalid.json()).error.details).toEqual([{ path: 'email', message: 'Enter a valid e-mail address.' }]);
    expect((await patch(org.headers, org.anne.id, { groupId: other.sundhed.id })).status).toBe(404);
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, name: 'Bo', email: 'bo@kommune.dk', groupId: org.sundhed.id } });
    const taken = await patch(org.headers, org.anne.id, { email: 'BO@kommune.dk' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.details).toEqual([{ path: 'email', message: expect.stringContaining('bo@kommune.dk') }]);
    expect(await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: org.anne.id } })).toMatchObject({ email: 'anne@kommune.dk', groupId: org.sundhed.id });
  });

  it('answers 404 for another organisation’s leader and changes nothing there', async () => {
    const org = await apiOrgWithLeader();
    const other = await apiOrgWithLeader();
    expect((await patch(org.headers, other.anne.id, { name: 'Overtaget' })).status).toBe(404);
    expect(await ownerDb().leader.count({ where: { name: 'Overtaget' } })).toBe(0);
  });
});

describe('the employee number through /api/v1/leaders', () => {
  const post = (headers: Record<string, string>, body: unknown) => POST(new NextRequest('http://t/api/v1/leaders', { method: 'POST', headers, body: JSON.stringify(body) }), none);

  it('takes it on POST and PATCH trimmed, answers it on GET, and clears it with null', async () => {
    const org = await apiOrgWithLeader();
    expect(org.anne).toMatchObject({ employeeNumber: null });
    const bo = await post(org.headers, { name: 'Bo', email: 'bo@kommune.dk', groupId: org.sundhed.id, employeeNumber: ' 200 ' });
    expect(bo.status).toBe(201);
    expect(await bo.json()).toMatchObject({ employeeNumber: '200' });
    expect(await (await patch(org.headers, org.anne.id, { employeeNumber: '100' })).json()).toMatchObject({ employeeNumber: '100' });
    expect(await (await get(org.headers, org.anne.id)).json()).toMatchObject({ employeeNumber: '100' });
    expect(await (await patch(org.headers, org.anne.id, { employeeNumber: null })).json()).toMatchObject({ employeeNumber: null });
    expect((await patch(org.headers, org.anne.id, { employeeNumber: '   ' })).status).toBe(400);
  });

  it('answers 409 naming the field for a number another leader has, archived or not, and changes nothing', async () => {
    const org = await apiOrgWithLeader();
    await post(org.headers, { name: 'Bo', email: 'bo@kommune.dk', groupId: org.sundhed.id, employeeNumber: '200' });
    const taken = await patch(org.headers, org.anne.id, { name: 'Anne J', employeeNumber: '200' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.details).toEqual([{ path: 'employeeNumber', message: expect.stringContaining('200') }]);
    expect(await (await get(org.headers, org.anne.id)).json()).toMatchObject({ name: 'Anne Jensen', employeeNumber: null });
    const again = await post(org.headers, { name: 'Cy', email: 'cy@kommune.dk', groupId: org.sundhed.id, employeeNumber: '200' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.details).toEqual([{ path: 'employeeNumber', message: expect.stringContaining('200') }]);
  });

  it('answers 200 and 409 when two requests take the same number at once', async () => {
    const org = await apiOrgWithLeader();
    const bo = await (await post(org.headers, { name: 'Bo', email: 'bo@kommune.dk', groupId: org.sundhed.id })).json();
    const responses = await Promise.all([patch(org.headers, org.anne.id, { employeeNumber: '300' }), patch(org.headers, bo.id, { employeeNumber: '300' })]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = responses.find((r) => r.status === 409)!;
    expect((await refused.json()).error.details).toEqual([{ path: 'employeeNumber', message: expect.stringContaining('300') }]);
  });
});

describe('DELETE /api/v1/leaders/{id}', () => {
  it('archives with 204; the leader stays readable, drops out of the active list, and can no longer be changed', async () => {
    const org = await apiOrgWithLeader();
    const response = await remove(org.headers, org.anne.id);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await (await get(org.headers, org.anne.id)).json()).toMatchObject({ archivedAt: expect.any(String) });
    expect((await remove(org.headers, org.anne.id)).status).toBe(204);
    expect((await patch(org.headers, org.anne.id, { name: 'Igen' })).status).toBe(409);
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'leader.archived', targetId: org.anne.id } })).toBe(1);
  });

  it('answers 404 for another organisation’s leader and leaves them active', async () => {
    const org = await apiOrgWithLeader();
    const other = await apiOrgWithLeader();
    expect((await remove(org.headers, other.anne.id)).status).toBe(404);
    expect(await ownerDb().leader.findUniqueOrThrow({ where: { id: other.anne.id } })).toMatchObject({ archivedAt: null });
  });
});
