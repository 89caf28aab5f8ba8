import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import {
  apiCallers,
  apiMatrix,
  otherRoutes,
  pageMatrix,
  scimCallers,
  scimMatrix,
  staffCallers,
  type ApiCaller,
  type IdName,
  type Outcome,
  type ScimCaller,
  type StaffCaller,
} from '../role-matrix/matrix';
import { e2eBaseUrl } from './support/e2e-env';
import { createSession } from './support/fixtures';

/**
 * Walks the role matrix (tests/role-matrix/matrix.ts) against the running server: every page
 * and download of the staff area with every kind of staff caller, and every public API route
 * with every kind of API caller — including another organisation's ids, which must answer
 * exactly as ids that do not exist.
 */
const DEMO_SLUG = 'syddal-kommune';

function filesUnder(dir: string, match: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full, match).map((f) => path.join(entry, f)) : match.test(entry) ? [entry] : [];
  });
}

async function world() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { createApiKey } = await import('@/lib/domains/api-keys/api-keys');
  const { currentQuestionnaireVersion } = await import('@/content/questionnaires');
  const demo = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const group = (name: string) => ownerDb().leaderGroup.findFirstOrThrow({ where: { organisationId: demo.id, name } });
  const [sundhed, boern, pleje, dagtilbud] = await Promise.all([group('Sundhed og Omsorg'), group('Børn og Unge'), group('Plejecentre'), group('Dagtilbud')]);
  const round = (status: 'OPEN' | 'CLOSED') => ownerDb().round.findFirstOrThrow({ where: { organisationId: demo.id, status }, orderBy: { opensAt: 'desc' } });
  const leader = await ownerDb().leader.findFirstOrThrow({ where: { organisationId: demo.id } });
  const hrMembership = await ownerDb().membership.findFirstOrThrow({ where: { organisationId: demo.id, role: 'HR_ADMIN' } });
  const draftRound = await ownerDb().round.create({
    data: {
      organisationId: demo.id,
      name: 'Matrix-kladde',
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 21 * 86_400_000),
      groupIds: [dagtilbud.id],
      questionnaireVersion: currentQuestionnaireVersion,
    },
  });

  const suffix = Math.random().toString(36).slice(2, 8);
  const theirs = await ownerDb().organisation.create({ data: { name: `Matrix Anden Kommune ${suffix}`, slug: `matrix-anden-${suffix}` } });
  const theirGroup = await ownerDb().leaderGroup.create({ data: { organisationId: theirs.id, name: 'Deres gruppe' } });
  const theirLeader = await ownerDb().leader.create({ data: { organisationId: theirs.id, groupId: theirGroup.id, name: 'Deres leder', email: `deres.${suffix}@example.test` } });
  const theirRound = await ownerDb().round.create({
    data: {
      organisationId: theirs.id,
      name: 'Deres runde',
      opensAt: new Date(Date.now() - 30 * 86_400_000),
      closesAt: new Date(Date.now() - 86_400_000),
      status: 'CLOSED',
      closedAt: new Date(),
      groupIds: [theirGroup.id],
      questionnaireVersion: currentQuestionnaireVersion,
    },
  });
  const theirHr = await createSession(theirs.id, 'HR_ADMIN');
  const theirAction = await ownerDb().actionItem.create({
    data: { organisationId: theirs.id, roundId: theirRound.id, groupId: theirGroup.id, title: 'Deres handling', responsibleLevel: 'HR', dueDate: new Date(), priority: 1 },
  });

  const ids: Record<IdName, string> = {
    group: dagtilbud.id,
    leader: leader.id,
    membership: hrMembership.id,
    closedRound: (await round('CLOSED')).id,
    openRound: (await round('OPEN')).id,
    draftRound: draftRound.id,
    inScope: pleje.id,
    theirGroup: theirGroup.id,
    theirLeader: theirLeader.id,
    theirMembership: theirHr.membership.id,
    theirRound: theirRound.id,
    theirAction: theirAction.id,
  };
  const sessions: Record<Exclude<StaffCaller, 'anonymous'>, string> = {
    hr: (await createSession(demo.id, 'HR_ADMIN')).cookie,
    top: (await createSession(demo.id, 'TOP_MANAGEMENT')).cookie,
    medAmo: (await createSession(demo.id, 'MED_AMO')).cookie,
    managerIn: (await createSession(demo.id, 'MANAGER_OF_LEADERS', { scopeGroupIds: [sundhed.id] })).cookie,
    managerOut: (await createSession(demo.id, 'MANAGER_OF_LEADERS', { scopeGroupIds: [boern.id] })).cookie,
    topOut: (await createSession(demo.id, 'TOP_MANAGEMENT', { scopeGroupIds: [boern.id] })).cookie,
    medIn: (await createSession(demo.id, 'MED_AMO', { scopeGroupIds: [sundhed.id] })).cookie,
    leader: (await createSession(demo.id, 'LEADER')).cookie,
    noAccess: (await createSession(demo.id, 'NO_ACCESS')).cookie,
  };
  const key = await createApiKey({ organisationId: demo.id, name: 'Matrix' });
  const theirKey = await createApiKey({ organisationId: theirs.id, name: 'Matrix' });
  const apiHeaders: Record<ApiCaller, Record<string, string>> = {
    apiKey: { authorization: `Bearer ${key.key}` },
    theirApiKey: { authorization: `Bearer ${theirKey.key}` },
    noKey: {},
    staffSession: { cookie: sessions.hr },
  };
  const scimToken = await createApiKey({ organisationId: demo.id, name: 'Matrix SCIM', kind: 'SCIM', scimGroupId: dagtilbud.id });
  const theirScimToken = await createApiKey({ organisationId: theirs.id, name: 'Matrix SCIM', kind: 'SCIM', scimGroupId: theirGroup.id });
  const scimHeaders: Record<ScimCaller, Record<string, string>> = {
    scimToken: { authorization: `Bearer ${scimToken.key}` },
    theirScimToken: { authorization: `Bearer ${theirScimToken.key}` },
    apiKey: { authorization: `Bearer ${key.key}` },
    noToken: {},
  };
  return { ids, sessions, apiHeaders, scimHeaders };
}

const fill = (template: string, ids: Record<IdName, string>) => template.replace(/\{(\w+)\}/g, (_, name: IdName) => ids[name]);

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return 'ok';
  if (status === 400) return 'bad-request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 300 && status < 400) return location?.startsWith('/sign-in') || location?.includes('/sign-in?') ? 'sign-in' : 'redirect';
  return `status ${status}`;
}

let setup: Awaited<ReturnType<typeof world>>;
let client: APIRequestContext;
test.beforeAll(async () => {
  setup = await world();
  client = await playwrightRequest.newContext({ baseURL: e2eBaseUrl, maxRedirects: 0 });
});
test.afterAll(async () => client.dispose());

test('the matrix lists every page and download of the staff area and every API route', () => {
  const staffFiles = filesUnder('app/(app)/[orgSlug]', /^(page\.tsx|route\.ts)$/).sort();
  expect([...new Set(pageMatrix.map((row) => row.file))].sort()).toEqual(staffFiles);
  const apiFiles = filesUnder('app/api', /^route\.ts$/).sort();
  const listed = [...apiMatrix.map((row) => row.file), ...otherRoutes.map((route) => route.file.replace(/^api\//, ''))];
  expect([...new Set(listed)].sort()).toEqual(apiFiles);
  expect([...new Set(scimMatrix.map((row) => row.file))].sort()).toEqual(filesUnder('app/scim/v2', /^route\.ts$/).sort());
});

test('every staff page and download answers each role as the matrix says', async () => {
  // About 400 requests, each rendering a real page or file: on a loaded two-core machine that
  // takes longer than the default 30 s, and what this test asserts is the answers, not the time.
  test.setTimeout(120_000);
  const mismatches: string[] = [];
  for (const row of pageMatrix) {
    const url = `/${DEMO_SLUG}${fill(row.path, setup.ids)}`;
    await Promise.all(
      staffCallers.map(async (caller) => {
        const headers: Record<string, string> = caller === 'anonymous' ? {} : { cookie: setup.sessions[caller] };
        const response = row.method === 'POST' ? await client.post(url, { headers: { ...headers, origin: e2eBaseUrl }, data: row.body }) : await client.get(url, { headers });
        const got = outcomeOf(response.status(), response.headers().location);
        if (got !== row.expect[caller]) mismatches.push(`${row.method ?? 'GET'} ${row.path} as ${caller}: expected ${row.expect[caller]}, got ${got}`);
      }),
    );
  }
  expect(mismatches).toEqual([]);
});

test('every public API route answers each kind of caller as the matrix says, in the error shape', async () => {
  const mismatches: string[] = [];
  for (const row of apiMatrix) {
    for (const caller of apiCallers) {
      const url = fill(row.path, setup.ids);
      const data = row.body === undefined ? undefined : JSON.parse(fill(JSON.stringify(row.body), setup.ids));
      const response = await client.fetch(url, { method: row.method, headers: { ...setup.apiHeaders[caller], 'content-type': 'application/json' }, ...(data === undefined ? {} : { data }) });
      if (response.status() !== row.expect[caller]) mismatches.push(`${row.method} ${row.path} as ${caller}: expected ${row.expect[caller]}, got ${response.status()}`);
      if (response.status() >= 400) {
        const body = await response.json().catch(() => null);
        if (typeof body?.error?.code !== 'string' || typeof body?.error?.message !== 'string') mismatches.push(`${row.method} ${row.path} as ${caller}: not in the error shape`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});

test('every SCIM route answers each kind of caller as the matrix says, in SCIM’s error shape', async () => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  // The API rows above archived their leader; the SCIM rows start from the leader in their group.
  await ownerDb().leader.update({ where: { id: setup.ids.theirLeader }, data: { archivedAt: null } });
  const mismatches: string[] = [];
  for (const row of scimMatrix) {
    for (const caller of scimCallers) {
      const url = fill(row.path, setup.ids);
      const response = await client.fetch(url, {
        method: row.method,
        headers: { ...setup.scimHeaders[caller], 'content-type': 'application/scim+json' },
        ...(row.body === undefined ? {} : { data: JSON.stringify(row.body) }),
      });
      if (response.status() !== row.expect[caller]) mismatches.push(`${row.method} ${row.path} as ${caller}: expected ${row.expect[caller]}, got ${response.status()}`);
      if (response.status() >= 400) {
        const body = await response.json().catch(() => null);
        if (body?.schemas?.[0] !== 'urn:ietf:params:scim:api:messages:2.0:Error') mismatches.push(`${row.method} ${row.path} as ${caller}: not in SCIM's error shape`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});

test('a manager of leaders, an area director and a lokal-MED export only their own area: another area’s groups are not in the file', async () => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const pleje = await ownerDb().leaderGroup.findUniqueOrThrow({ where: { id: setup.ids.inScope } });
  const exportAs = async (caller: 'managerIn' | 'managerOut' | 'topOut' | 'medIn') =>
    (await client.get(`/${DEMO_SLUG}/results/${setup.ids.closedRound}/export?format=csv`, { headers: { cookie: setup.sessions[caller] } })).text();
  expect(await exportAs('managerIn')).toContain(pleje.name);
  const outside = await exportAs('managerOut');
  expect(outside).toContain('Dagtilbud');
  expect(outside).not.toContain(pleje.name);
  // Scoped like the MED structure: a director of Børn and a lokal-MED of Sundhed export their own area only.
  const director = await exportAs('topOut');
  expect(director).toContain('Dagtilbud');
  expect(director).not.toContain(pleje.name);
  const lokalMed = await exportAs('medIn');
  expect(lokalMed).toContain(pleje.name);
  expect(lokalMed).not.toContain('Dagtilbud');
});
