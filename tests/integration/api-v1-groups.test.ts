import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/v1/groups/route';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';

const route = { params: Promise.resolve<Record<string, string>>({}) };
const post = (headers: Record<string, string>, body: unknown) =>
  POST(new NextRequest('http://t/api/v1/groups', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }), route);
const get = (headers: Record<string, string>, query = '') => GET(new NextRequest(`http://t/api/v1/groups${query}`, { headers }), route);

describe('POST /api/v1/groups', () => {
  it('creates a group at the top and one below it, answering 201 with id, name and parentId', async () => {
    const org = await createApiOrg();
    const top = await post(org.headers, { name: ' Direktion ' });
    expect(top.status).toBe(201);
    const direktion = await top.json();
    expect(direktion).toEqual({ id: expect.any(String), name: 'Direktion', parentId: null, archivedAt: null, updatedAt: expect.any(String) });
    const child = await post(org.headers, { name: 'Sundhed', parentId: direktion.id });
    expect(child.status).toBe(201);
    expect(await child.json()).toEqual({ id: expect.any(String), name: 'Sundhed', parentId: direktion.id, archivedAt: null, updatedAt: expect.any(String) });
    expect(await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'group.created' } })).toMatchObject({ actorApiKeyId: org.apiKeyId });
  });

  it('answers 400 with every invalid field in details', async () => {
    const org = await createApiOrg();
    const response = await post(org.headers, { name: '', parentId: 'not-an-id' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toEqual([
      { path: 'name', message: 'Required.' },
      { path: 'parentId', message: 'Invalid value.' },
    ]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const org = await createApiOrg();
    const response = await post(org.headers, '{"name":');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('validation_failed');
  });

  it('answers 401 without a key or with an unknown one', async () => {
    expect((await post({ 'content-type': 'application/json' }, { name: 'X' })).status).toBe(401);
    const response = await post({ authorization: 'Bearer lt_unknown', 'content-type': 'application/json' }, { name: 'X' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it('answers 404 for a parent of another organisation, exactly as for an unknown one', async () => {
    const mine = await createApiOrg();
    const theirs = await createApiOrg();
    const theirGroup = await (await post(theirs.headers, { name: 'Direktion' })).json();
    const foreign = await post(mine.headers, { name: 'Snyd', parentId: theirGroup.id });
    const unknown = await post(mine.headers, { name: 'Snyd', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await unknown.json());
    expect(await ownerDb().leaderGroup.count({ where: { name: 'Snyd' } })).toBe(0);
  });

  it('answers 409 with the name field for a sibling with the same name', async () => {
    const org = await createApiOrg();
    await post(org.headers, { name: 'Direktion' });
    const response = await post(org.headers, { name: 'direktion' });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'There is already a group called “Direktion” at this place in the tree.',
        details: [{ path: 'name', message: 'There is already a group called “Direktion” at this place in the tree.' }],
      },
    });
  });
});

describe('GET /api/v1/groups', () => {
  it("lists the organisation's active groups only, parents before children", async () => {
    const org = await createApiOrg();
    const other = await createApiOrg();
    const top = await (await post(org.headers, { name: 'Direktion' })).json();
    const child = await (await post(org.headers, { name: 'Sundhed', parentId: top.id })).json();
    await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Gammel', parentId: top.id, archivedAt: new Date() } });
    await post(other.headers, { name: 'Andres' });
    const response = await get(org.headers);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [top, child], nextCursor: null });
  });

  it('pages through the tree with the cursor, and lists archived groups with status=archived or all', async () => {
    const org = await createApiOrg();
    const top = await (await post(org.headers, { name: 'Direktion' })).json();
    const a = await (await post(org.headers, { name: 'A', parentId: top.id })).json();
    const b = await (await post(org.headers, { name: 'B', parentId: top.id })).json();
    const old = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Gammel', parentId: top.id, archivedAt: new Date() } });

    const first = await (await get(org.headers, '?limit=2')).json();
    expect(first.items.map((g: { name: string }) => g.name)).toEqual(['Direktion', 'A']);
    expect(first.nextCursor).toBe(a.id);
    const second = await (await get(org.headers, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [b], nextCursor: null });

    expect((await (await get(org.headers, '?status=archived')).json()).items.map((g: { id: string }) => g.id)).toEqual([old.id]);
    expect((await (await get(org.headers, '?status=all')).json()).items).toHaveLength(4);
  });

  it('lists only the groups changed at or after updatedSince', async () => {
    const org = await createApiOrg();
    const top = await (await post(org.headers, { name: 'Direktion' })).json();
    const child = await (await post(org.headers, { name: 'Sundhed', parentId: top.id })).json();
    const since = new Date();
    await ownerDb().leaderGroup.update({ where: { id: top.id }, data: { updatedAt: new Date(since.getTime() - 60_000) } });
    await ownerDb().leaderGroup.update({ where: { id: child.id }, data: { updatedAt: new Date(since.getTime() + 1_000) } });
    const changed = await (await get(org.headers, `?updatedSince=${encodeURIComponent(since.toISOString())}`)).json();
    expect(changed.items.map((g: { name: string }) => g.name)).toEqual(['Sundhed']);
  });

  it('answers 400 for a cursor that names no group, a limit out of range and an unknown status', async () => {
    const org = await createApiOrg();
    const mine = await (await post(org.headers, { name: 'Direktion' })).json();
    const other = await createApiOrg();
    const theirs = await (await post(other.headers, { name: 'Andres' })).json();
    const foreignCursor = await get(org.headers, `?cursor=${theirs.id}`);
    expect(foreignCursor.status).toBe(400);
    expect((await foreignCursor.json()).error.details).toEqual([{ path: 'cursor', message: expect.any(String) }]);
    expect((await get(org.headers, `?cursor=${mine.id}`)).status).toBe(200);
    const bad = await get(org.headers, '?limit=0&status=deleted&updatedSince=yesterday');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['limit', 'status', 'updatedSince']);
  });

  it('answers 401 without a valid key', async () => {
    expect((await get({})).status).toBe(401);
  });
});
