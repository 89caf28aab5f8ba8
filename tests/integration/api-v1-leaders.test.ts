import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/v1/leaders/route';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';

const route = { params: Promise.resolve<Record<string, string>>({}) };
const post = (headers: Record<string, string>, body: unknown) => POST(new NextRequest('http://t/api/v1/leaders', { method: 'POST', headers, body: JSON.stringify(body) }), route);
const get = (headers: Record<string, string>, query = '') => GET(new NextRequest(`http://t/api/v1/leaders${query}`, { headers }), route);

/** An API organisation with Direktion → Sundhed. */
async function apiOrgWithGroups() {
  const org = await createApiOrg();
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Direktion' } });
  const sundhed = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Sundhed', parentId: direktion.id } });
  return { ...org, direktion, sundhed };
}

describe('POST /api/v1/leaders', () => {
  it('adds a leader and answers 201 with the stored (lower-cased) e-mail', async () => {
    const org = await apiOrgWithGroups();
    const response = await post(org.headers, { name: 'Anne Jensen', email: ' Anne.Jensen@Kommune.DK', groupId: org.sundhed.id });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      id: expect.any(String),
      name: 'Anne Jensen',
      email: 'anne.jensen@kommune.dk',
      groupId: org.sundhed.id,
      managerEmail: null,
      locale: null,
      employeeNumber: null,
      archivedAt: null,
      updatedAt: expect.any(String),
    });
    expect(await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'leader.created' } })).toMatchObject({ actorApiKeyId: org.apiKeyId });
  });

  it('answers 400 listing every invalid field by its path', async () => {
    const org = await apiOrgWithGroups();
    const response = await post(org.headers, { email: 'not-an-email', groupId: 42, locale: 'fr' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'groupId', 'locale', 'name']);
    expect(body.error.details).toContainEqual({ path: 'email', message: 'Enter a valid e-mail address.' });
    expect(body.error.details).toContainEqual({ path: 'name', message: 'Required.' });
  });

  it('answers 401 without a valid key', async () => {
    const org = await apiOrgWithGroups();
    const response = await post({ 'content-type': 'application/json' }, { name: 'A', email: 'a@example.test', groupId: org.sundhed.id });
    expect(response.status).toBe(401);
    expect(await scopedDb(org.organisationId).leader.count()).toBe(0);
  });

  it('answers 404 for a group of another organisation and writes nothing there', async () => {
    const mine = await apiOrgWithGroups();
    const theirs = await apiOrgWithGroups();
    const response = await post(mine.headers, { name: 'Snyd', email: 'snyd@example.test', groupId: theirs.sundhed.id });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
    expect(await ownerDb().leader.count({ where: { email: 'snyd@example.test' } })).toBe(0);
  });

  it('answers 409 on the email field for an e-mail already in the organisation', async () => {
    const org = await apiOrgWithGroups();
    await post(org.headers, { name: 'Anne Jensen', email: 'anne@kommune.dk', groupId: org.sundhed.id });
    const response = await post(org.headers, { name: 'Anne J.', email: 'ANNE@kommune.dk', groupId: org.direktion.id });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'conflict', details: [{ path: 'email', message: 'Another leader in the organisation already has the e-mail anne@kommune.dk.' }] });
  });
});

describe('GET /api/v1/leaders', () => {
  it("lists the organisation's active leaders, optionally of one group and the groups below it", async () => {
    const org = await apiOrgWithGroups();
    const other = await apiOrgWithGroups();
    const bo = await (await post(org.headers, { name: 'Bo', email: 'bo@example.test', groupId: org.sundhed.id })).json();
    const al = await (await post(org.headers, { name: 'Al', email: 'al@example.test', groupId: org.direktion.id })).json();
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, name: 'Arkiveret', email: 'gone@example.test', groupId: org.sundhed.id, archivedAt: new Date() } });
    await post(other.headers, { name: 'Andres', email: 'andres@example.test', groupId: other.sundhed.id });

    const byId = [al, bo].sort((a, b) => (a.id < b.id ? -1 : 1));
    const all = await get(org.headers);
    expect(all.status).toBe(200);
    expect(await all.json()).toEqual({ items: byId, nextCursor: null });
    expect(await (await get(org.headers, `?groupId=${org.direktion.id}`)).json()).toEqual({ items: byId, nextCursor: null });
    expect(await (await get(org.headers, `?groupId=${org.sundhed.id}`)).json()).toEqual({ items: [bo], nextCursor: null });
  });

  it('pages with the cursor, and answers archived and changed leaders to a mirror that asks', async () => {
    const org = await apiOrgWithGroups();
    const created = [];
    for (const name of ['A', 'B', 'C']) created.push(await (await post(org.headers, { name, email: `${name.toLowerCase()}@example.test`, groupId: org.sundhed.id })).json());
    const ids = created.map((l) => l.id).sort();
    const first = await (await get(org.headers, '?limit=2')).json();
    expect(first.items.map((l: { id: string }) => l.id)).toEqual(ids.slice(0, 2));
    const second = await (await get(org.headers, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ id: ids[2] }], nextCursor: null });

    const since = new Date(Date.now() + 1_000);
    await ownerDb().leader.update({ where: { id: ids[0] }, data: { archivedAt: since, updatedAt: since } });
    expect((await (await get(org.headers)).json()).items).toHaveLength(2);
    const changed = await (await get(org.headers, `?status=all&updatedSince=${encodeURIComponent(since.toISOString())}`)).json();
    expect(changed.items).toEqual([expect.objectContaining({ id: ids[0], archivedAt: since.toISOString() })]);
    expect((await (await get(org.headers, '?status=archived')).json()).items.map((l: { id: string }) => l.id)).toEqual([ids[0]]);
  });

  it("answers 404 for another organisation's group as the filter, and 400 for a malformed one", async () => {
    const mine = await apiOrgWithGroups();
    const theirs = await apiOrgWithGroups();
    expect((await get(mine.headers, `?groupId=${theirs.sundhed.id}`)).status).toBe(404);
    const bad = await get(mine.headers, '?groupId=nope');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details).toEqual([{ path: 'groupId', message: 'Invalid value.' }]);
  });

  it('answers 401 without a valid key', async () => {
    expect((await get({ authorization: 'Bearer nope' })).status).toBe(401);
  });
});
