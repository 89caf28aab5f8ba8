import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as closeRoute } from '@/app/api/v1/rounds/[id]/close/route';
import { POST as openRoute } from '@/app/api/v1/rounds/[id]/open/route';
import { GET as getRoute } from '@/app/api/v1/rounds/[id]/route';
import { POST as createRoute } from '@/app/api/v1/rounds/route';
import { ownerDb } from '@/tests/support/owner-db';
import { stopJobQueue } from '@/lib/platform/queue';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';
import { DAY } from '../fixtures/rounds';
import { markAnswered } from '../fixtures/respondents';

afterAll(async () => {
  await stopJobQueue();
});

/** An API organisation with one group of three leaders. */
async function apiOrgWithLeaders() {
  const org = await createApiOrg();
  const group = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Ledergruppe' } });
  for (let i = 1; i <= 3; i++) {
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, groupId: group.id, name: `Leder ${i}`, email: `l${i}.${org.organisationId}@example.test` } });
  }
  return { ...org, groupId: group.id };
}

const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const params = (id = ''): { params: Promise<Record<string, string>> } => ({ params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });

function post(url: string, headers: Record<string, string>, body?: unknown) {
  return new NextRequest(`http://t/api/v1${url}`, { method: 'POST', headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}
function get(url: string, headers: Record<string, string>) {
  return new NextRequest(`http://t/api/v1${url}`, { method: 'GET', headers });
}

async function createVia(org: Awaited<ReturnType<typeof apiOrgWithLeaders>>, body: Record<string, unknown> = {}) {
  return createRoute(post('/rounds', org.headers, { name: 'LederAPV 2027', opensAt: iso(0), closesAt: iso(21), groupIds: [org.groupId], ...body }), params());
}

describe('POST /api/v1/rounds', () => {
  it('creates a draft round and answers 201 with its id and status', async () => {
    const org = await apiOrgWithLeaders();
    const response = await createVia(org, { anonymityThreshold: 5 });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), status: 'DRAFT' });
    const round = await scopedDb(org.organisationId).round.findUnique({ where: { id: body.id } });
    expect(round).toMatchObject({ anonymityThreshold: 5, reminderDays: [7, 2], groupIds: [org.groupId] });
    expect(await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'round.created' } })).toMatchObject({ actorApiKeyId: org.apiKeyId });
  });

  it('answers 400 with every problem and its field', async () => {
    const org = await apiOrgWithLeaders();
    const response = await createRoute(post('/rounds', org.headers, { name: 'X', opensAt: iso(5), closesAt: iso(1), groupIds: [], anonymityThreshold: 2 }), params());
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: expect.any(String) },
        { path: 'groupIds', message: 'Choose at least one group.' },
        { path: 'anonymityThreshold', message: 'The anonymity threshold must be a whole number from 3 to 100.' },
      ]),
    );
  });

  it('answers 400 naming the dates when closing comes before opening', async () => {
    const org = await apiOrgWithLeaders();
    const response = await createVia(org, { opensAt: iso(5), closesAt: iso(1) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual([{ path: 'closesAt', message: 'The closing date must be after the opening date.' }]);
  });

  it('answers 400 for another organisation’s group, as for one that does not exist', async () => {
    const org = await apiOrgWithLeaders();
    const other = await apiOrgWithLeaders();
    const response = await createVia(org, { groupIds: [other.groupId] });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual([{ path: 'groupIds', message: 'A chosen group does not exist.' }]);
  });

  it('answers 401 without a valid key', async () => {
    const org = await apiOrgWithLeaders();
    const response = await createVia({ ...org, headers: { 'content-type': 'application/json', authorization: 'Bearer lt_wrong' } });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
  });
});

describe('GET /api/v1/rounds/{id}', () => {
  it('answers the round with how many are invited and have answered', async () => {
    const org = await apiOrgWithLeaders();
    const { id } = await (await createVia(org)).json();
    await openRoute(post(`/rounds/${id}/open`, org.headers), params(id));
    const leader = await scopedDb(org.organisationId).invitation.findFirstOrThrow({ where: { roundId: id } });
    await markAnswered(leader);

    const response = await getRoute(get(`/rounds/${id}`, org.headers), params(id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id,
      name: 'LederAPV 2027',
      status: 'OPEN',
      opensAt: expect.any(String),
      closesAt: expect.any(String),
      invited: 3,
      responded: 1,
      anonymityThreshold: 3,
      commentThreshold: 5,
      // No MED/AMO member: it opened without a second person (tests/integration/round-approval.test.ts).
      approval: { required: false, approved: false, approvedAt: null },
    });
  });

  it('answers 404 for another organisation’s round and for an id that is no id', async () => {
    const org = await apiOrgWithLeaders();
    const other = await apiOrgWithLeaders();
    const { id } = await (await createVia(other)).json();
    for (const candidate of [id, 'not-a-uuid', '0190a8a0-0000-7000-8000-000000000000']) {
      const response = await getRoute(get(`/rounds/${candidate}`, org.headers), params(candidate));
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });
});

describe('POST /api/v1/rounds/{id}/open and /close', () => {
  it('opens a draft (200 with how many were invited), then refuses to open it again with 409', async () => {
    const org = await apiOrgWithLeaders();
    const { id } = await (await createVia(org)).json();
    const opened = await openRoute(post(`/rounds/${id}/open`, org.headers), params(id));
    expect(opened.status).toBe(200);
    expect(await opened.json()).toEqual({ invited: 3 });
    const again = await openRoute(post(`/rounds/${id}/open`, org.headers), params(id));
    expect(again.status).toBe(409);
    expect((await again.json()).error).toEqual({ code: 'conflict', message: 'The round has already been opened, so it cannot be changed or opened again.' });
  });

  it('refuses with 409 to open a round with no leaders', async () => {
    const org = await apiOrgWithLeaders();
    const empty = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Tom' } });
    const { id } = await (await createVia(org, { groupIds: [empty.id] })).json();
    const response = await openRoute(post(`/rounds/${id}/open`, org.headers), params(id));
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toBe('There are no leaders in the chosen groups, so there is nobody to invite.');
  });

  it('closes an open round (200 with its status) and answers 409 for closing it again or closing a draft', async () => {
    const org = await apiOrgWithLeaders();
    const { id } = await (await createVia(org)).json();
    const draftClose = await closeRoute(post(`/rounds/${id}/close`, org.headers), params(id));
    expect(draftClose.status).toBe(409);
    await openRoute(post(`/rounds/${id}/open`, org.headers), params(id));
    const closed = await closeRoute(post(`/rounds/${id}/close`, org.headers), params(id));
    expect(closed.status).toBe(200);
    expect(await closed.json()).toEqual({ id, status: 'CLOSED' });
    expect((await closeRoute(post(`/rounds/${id}/close`, org.headers), params(id))).status).toBe(409);
  });

  it('answers 404, never 403, for another organisation’s round', async () => {
    const org = await apiOrgWithLeaders();
    const other = await apiOrgWithLeaders();
    const { id } = await (await createVia(other)).json();
    expect((await openRoute(post(`/rounds/${id}/open`, org.headers), params(id))).status).toBe(404);
    expect((await closeRoute(post(`/rounds/${id}/close`, org.headers), params(id))).status).toBe(404);
    expect((await scopedDb(other.organisationId).round.findUnique({ where: { id } }))?.status).toBe('DRAFT');
  });
});
