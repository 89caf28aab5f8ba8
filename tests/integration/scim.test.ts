import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as getUsers, POST as postUser } from '@/app/scim/v2/Users/route';
import { DELETE as deleteUser, GET as getUser, PATCH as patchUser, PUT as putUser } from '@/app/scim/v2/Users/[id]/route';
import { GET as getGroups, POST as postGroup } from '@/app/scim/v2/Groups/route';
import { DELETE as deleteGroup, GET as getGroup, PATCH as patchGroup } from '@/app/scim/v2/Groups/[id]/route';
import { GET as getServiceProviderConfig } from '@/app/scim/v2/ServiceProviderConfig/route';
import { GET as getResourceTypes } from '@/app/scim/v2/ResourceTypes/route';
import { GET as getSchemas } from '@/app/scim/v2/Schemas/route';
import { GET as getApiLeaders } from '@/app/api/v1/leaders/route';
import { questionnaire2026_1 } from '@/content/questionnaires/v2026-1';
import { createApiKey } from '@/lib/domains/api-keys/api-keys';
import { createOrganisationScimToken, revokeOrganisationApiKey } from '@/lib/domains/api-keys/mutations';
import { listApiKeys } from '@/lib/domains/api-keys/queries';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { ownerDb } from '@/tests/support/owner-db';
import { memberActorOf } from '../fixtures/actors';
import { createApiOrg } from '../fixtures/api';

/**
 * SCIM 2.0 as Microsoft Entra ID's provisioning service speaks it: the request sequences below
 * are the ones it sends (capitalised op names, "False" as a string, members[value eq "…"]),
 * against the real route handlers and PostgreSQL.
 */

const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

type Handler = (request: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** An organisation with Direktion (at the top) and a SCIM token whose new leaders start in "Nye fra Entra ID". */
async function scimOrg() {
  const org = await createApiOrg('SCIM-kommune');
  const direktion = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Direktion' } });
  const start = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Nye fra Entra ID' } });
  const token = await createApiKey({ organisationId: org.organisationId, name: 'Entra ID', kind: 'SCIM', scimGroupId: start.id });
  const auth = { authorization: `Bearer ${token.key}`, 'content-type': 'application/scim+json' };
  const call = async (handler: Handler, method: string, path: string, body?: unknown, headers: Record<string, string> = auth) => {
    const id = /^\/(?:Users|Groups)\/([^/?]+)/.exec(path)?.[1];
    const request = new NextRequest(`http://t/scim/v2${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const response = await handler(request, { params: Promise.resolve<Record<string, string>>(id ? { id: decodeURIComponent(id) } : {}) });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: text === '' ? null : JSON.parse(text) };
  };
  return { ...org, direktion, start, token, auth, call };
}

const filter = (expression: string) => `?filter=${encodeURIComponent(expression)}`;
const patchOp = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

/** The POST /Users body Entra ID sends with its default attribute mappings. */
const entraUser = (mail: string, objectId: string) => ({
  schemas: [USER, ENTERPRISE],
  externalId: objectId,
  userName: mail,
  active: true,
  displayName: 'Anne Jensen',
  emails: [{ primary: true, type: 'work', value: mail }],
  name: { formatted: 'Anne Jensen', familyName: 'Jensen', givenName: 'Anne' },
  preferredLanguage: 'da-DK',
  [ENTERPRISE]: { department: 'Sundhed' },
});

describe('users: the sequence Entra ID sends', () => {
  it('finds nobody, creates the leader in the start group, finds them, patches name and e-mail, and "False" archives them', async () => {
    const org = await scimOrg();

    const none = await org.call(getUsers, 'GET', `/Users${filter('userName eq "Anne.Jensen@Kommune.dk"')}`);
    expect(none).toMatchObject({ status: 200, contentType: 'application/scim+json' });
    expect(none.body).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, itemsPerPage: 0, startIndex: 1, Resources: [] });

    const created = await org.call(postUser, 'POST', '/Users', entraUser('Anne.Jensen@Kommune.dk', 'entra-0001'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ schemas: [USER], userName: 'anne.jensen@kommune.dk', externalId: 'entra-0001', displayName: 'Anne Jensen', active: true, preferredLanguage: 'da' });
    expect(created.body.meta.location).toBe(`http://localhost:3000/scim/v2/Users/${created.body.id}`);
    const leader = await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(leader).toMatchObject({ name: 'Anne Jensen', email: 'anne.jensen@kommune.dk', groupId: org.start.id, locale: 'da', scimExternalId: 'entra-0001', archivedAt: null });
    expect(await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'leader.created', targetId: leader.id } })).toMatchObject({ actorApiKeyId: org.token.id });

    const found = await org.call(getUsers, 'GET', `/Users${filter('userName eq "anne.jensen@kommune.dk"')}`);
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0]).toMatchObject({ id: leader.id });
    const byExternalId = await org.call(getUsers, 'GET', `/Users${filter('externalId eq "entra-0001"')}`);
    expect(byExternalId.body.Resources.map((u: { id: string }) => u.id)).toEqual([leader.id]);

    const renamed = await org.call(
      patchUser,
      'PATCH',
      `/Users/${leader.id}`,
      patchOp({ op: 'Replace', path: 'name.givenName', value: 'Annie' }, { op: 'Add', path: 'emails[type eq "work"].value', value: 'Annie.Jensen@Kommune.dk' }),
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: leader.id, displayName: 'Annie Jensen', userName: 'annie.jensen@kommune.dk', active: true });
    const update = await scopedDb(org.organisationId).auditLogEntry.findFirstOrThrow({ where: { action: 'leader.updated', targetId: leader.id } });
    expect(Object.keys((update.details as { changes: object }).changes).sort()).toEqual(['email', 'name']);

    const deactivated = await org.call(patchUser, 'PATCH', `/Users/${leader.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }));
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect((await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: leader.id } })).archivedAt).not.toBeNull();
    // The archived leader is still found, so a returning person is matched and reactivated, not created twice.
    expect((await org.call(getUsers, 'GET', `/Users${filter('userName eq "annie.jensen@kommune.dk"')}`)).body.Resources[0]).toMatchObject({ id: leader.id, active: false });

    const reactivated = await org.call(patchUser, 'PATCH', `/Users/${leader.id}`, patchOp({ op: 'Replace', value: { active: 'True', displayName: 'Annie J. Jensen' } }));
    expect(reactivated.body).toMatchObject({ active: true, displayName: 'Annie J. Jensen' });
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: { in: ['leader.archived', 'leader.restored'] }, targetId: leader.id } })).toBe(2);
  });

  it('maps the manager reference to a known leader’s e-mail, PUT replaces the details, and DELETE archives', async () => {
    const org = await scimOrg();
    const boss = (await org.call(postUser, 'POST', '/Users', { schemas: [USER], userName: 'chef@kommune.dk', displayName: 'Chef' })).body;
    const anne = (
      await org.call(postUser, 'POST', '/Users', {
        schemas: [USER, ENTERPRISE],
        userName: 'anne@kommune.dk',
        name: { givenName: 'Anne', familyName: 'Jensen' },
        [ENTERPRISE]: { manager: { value: boss.id } },
      })
    ).body;
    expect(anne).toMatchObject({ displayName: 'Anne Jensen', [ENTERPRISE]: { manager: { value: boss.id } } });
    expect((await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: anne.id } })).managerEmail).toBe('chef@kommune.dk');

    // Entra ID sends the manager as a bare id, and removes it by path.
    const managerPath = `${ENTERPRISE}:manager`;
    await org.call(patchUser, 'PATCH', `/Users/${anne.id}`, patchOp({ op: 'Remove', path: managerPath }));
    expect((await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: anne.id } })).managerEmail).toBeNull();
    const managed = await org.call(patchUser, 'PATCH', `/Users/${anne.id}`, patchOp({ op: 'Add', path: managerPath, value: boss.id }));
    expect(managed.body[ENTERPRISE]).toEqual({ manager: { value: boss.id } });
    expect((await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: anne.id } })).managerEmail).toBe('chef@kommune.dk');

    const replaced = await org.call(putUser, 'PUT', `/Users/${anne.id}`, { schemas: [USER], userName: 'anne@kommune.dk', displayName: 'Anne Møller', preferredLanguage: 'en' });
    expect(replaced.body).toMatchObject({ displayName: 'Anne Møller', preferredLanguage: 'en' });
    expect(await scopedDb(org.organisationId).leader.findUniqueOrThrow({ where: { id: anne.id } })).toMatchObject({ name: 'Anne Møller', locale: 'en', managerEmail: null });
    // The same PUT again, without name parts: nothing changes (the name is not emptied).
    const again = await org.call(putUser, 'PUT', `/Users/${anne.id}`, { schemas: [USER], userName: 'anne@kommune.dk', displayName: 'Anne Møller', preferredLanguage: 'en' });
    expect(again).toMatchObject({ status: 200, body: { displayName: 'Anne Møller' } });

    expect((await org.call(deleteUser, 'DELETE', `/Users/${anne.id}`)).status).toBe(204);
    expect((await org.call(getUser, 'GET', `/Users/${anne.id}`)).body.active).toBe(false);
  });

  it('refuses a second user with the same e-mail or externalId as a SCIM 409 uniqueness, and a user that is not an e-mail as a 400', async () => {
    const org = await scimOrg();
    await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'));
    const sameMail = await org.call(postUser, 'POST', '/Users', entraUser('ANNE@kommune.dk', 'entra-2'));
    expect(sameMail).toMatchObject({ status: 409, contentType: 'application/scim+json', body: { schemas: [ERROR], status: '409', scimType: 'uniqueness' } });
    const sameId = await org.call(postUser, 'POST', '/Users', entraUser('bo@kommune.dk', 'entra-1'));
    expect(sameId.body).toMatchObject({ status: '409', scimType: 'uniqueness', detail: expect.stringContaining('entra-1') });
    const notMail = await org.call(postUser, 'POST', '/Users', { schemas: [USER], userName: 'ANNE01', displayName: 'Anne' });
    expect(notMail.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidValue', detail: expect.stringContaining('e-mail') });
    expect(await scopedDb(org.organisationId).leader.count()).toBe(1);
  });

  it('refuses a new user with a clear 400 while the token’s start group is archived, and creates nothing', async () => {
    const org = await scimOrg();
    await ownerDb().leaderGroup.update({ where: { id: org.start.id }, data: { archivedAt: new Date() } });
    const refused = await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'));
    expect(refused.body).toMatchObject({ schemas: [ERROR], status: '400', detail: expect.stringContaining('Nye fra Entra ID') });
    expect(await scopedDb(org.organisationId).leader.count()).toBe(0);
  });
});

describe('groups: the sequence Entra ID sends', () => {
  it('creates a group, adds and removes members, finds it by displayName, and DELETE archives it with its leaders back in the start group', async () => {
    const org = await scimOrg();
    const anne = (await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'))).body;
    const bo = (await org.call(postUser, 'POST', '/Users', { ...entraUser('bo@kommune.dk', 'entra-2'), displayName: 'Bo', name: { formatted: 'Bo Berg' } })).body;

    expect((await org.call(getGroups, 'GET', `/Groups${filter('displayName eq "Sundhed"')}&excludedAttributes=members`)).body.totalResults).toBe(0);
    const created = await org.call(postGroup, 'POST', '/Groups', { schemas: [GROUP], externalId: 'entra-g1', displayName: 'Sundhed', members: [] });
    expect(created).toMatchObject({ status: 201, body: { schemas: [GROUP], displayName: 'Sundhed', members: [] } });
    const groupId: string = created.body.id;
    expect(await scopedDb(org.organisationId).leaderGroup.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({ name: 'Sundhed', parentId: null });

    const added = await org.call(patchGroup, 'PATCH', `/Groups/${groupId}`, patchOp({ op: 'Add', path: 'members', value: [{ value: anne.id }, { value: bo.id }] }));
    expect(added.status).toBe(204);
    const leaders = () => scopedDb(org.organisationId).leader.findMany({ orderBy: { email: 'asc' }, select: { email: true, groupId: true } });
    expect(await leaders()).toEqual([
      { email: 'anne@kommune.dk', groupId },
      { email: 'bo@kommune.dk', groupId },
    ]);

    const found = await org.call(getGroups, 'GET', `/Groups${filter('displayName eq "sundhed"')}&excludedAttributes=members`);
    expect(found.body.Resources).toEqual([expect.objectContaining({ id: groupId, displayName: 'Sundhed' })]);
    expect(found.body.Resources[0].members).toBeUndefined();
    expect((await org.call(getGroup, 'GET', `/Groups/${groupId}`)).body.members.map((m: { value: string }) => m.value).sort()).toEqual([anne.id, bo.id].sort());

    const removed = await org.call(patchGroup, 'PATCH', `/Groups/${groupId}`, patchOp({ op: 'Remove', path: `members[value eq "${bo.id}"]` }));
    expect(removed.status).toBe(204);
    expect(await leaders()).toEqual([
      { email: 'anne@kommune.dk', groupId },
      { email: 'bo@kommune.dk', groupId: org.start.id },
    ]);

    const renamed = await org.call(patchGroup, 'PATCH', `/Groups/${groupId}`, patchOp({ op: 'Replace', path: 'displayName', value: 'Sundhed og Omsorg' }));
    expect(renamed.status).toBe(204);
    expect((await scopedDb(org.organisationId).leaderGroup.findUniqueOrThrow({ where: { id: groupId } })).name).toBe('Sundhed og Omsorg');

    expect((await org.call(deleteGroup, 'DELETE', `/Groups/${groupId}`)).status).toBe(204);
    expect((await scopedDb(org.organisationId).leaderGroup.findUniqueOrThrow({ where: { id: groupId } })).archivedAt).not.toBeNull();
    expect(await leaders()).toEqual([
      { email: 'anne@kommune.dk', groupId: org.start.id },
      { email: 'bo@kommune.dk', groupId: org.start.id },
    ]);
    expect((await org.call(getGroup, 'GET', `/Groups/${groupId}`)).status).toBe(404);
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'group.archived', targetId: groupId, actorApiKeyId: org.token.id } })).toBe(1);
  });

  it('refuses a member id that names no leader of the organisation as a 400 and moves nobody', async () => {
    const org = await scimOrg();
    const other = await scimOrg();
    const theirs = (await other.call(postUser, 'POST', '/Users', entraUser('deres@kommune.dk', 'x'))).body;
    const group = (await org.call(postGroup, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Kultur' })).body;
    const refused = await org.call(patchGroup, 'PATCH', `/Groups/${group.id}`, patchOp({ op: 'Add', path: 'members', value: [{ value: theirs.id }] }));
    expect(refused.body).toMatchObject({ schemas: [ERROR], status: '400', detail: expect.stringContaining(theirs.id) });
    expect((await ownerDb().leader.findUniqueOrThrow({ where: { id: theirs.id } })).groupId).toBe(other.start.id);
  });
});

describe('errors in SCIM’s own shape', () => {
  it('answers a filter we do not support with 400 invalidFilter, never a list that ignores it', async () => {
    const org = await scimOrg();
    for (const expression of ['title co "x"', 'userName co "anne"', 'userName eq "a" or userName eq "b"', 'emails[type eq "work"].value eq "a@b.dk"', 'userName eq']) {
      const refused = await org.call(getUsers, 'GET', `/Users${filter(expression)}`);
      expect(refused, expression).toMatchObject({ status: 400, contentType: 'application/scim+json', body: { schemas: [ERROR], status: '400', scimType: 'invalidFilter' } });
      expect(refused.body.error).toBeUndefined();
    }
    expect((await org.call(getGroups, 'GET', `/Groups${filter('externalId eq "entra-g1"')}`)).body).toMatchObject({ status: '400', scimType: 'invalidFilter' });
  });

  it('answers 404 for another organisation’s user or group and changes nothing there', async () => {
    const org = await scimOrg();
    const other = await scimOrg();
    const theirUser = (await other.call(postUser, 'POST', '/Users', entraUser('deres@kommune.dk', 'x'))).body;
    const theirGroup = (await other.call(postGroup, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Deres' })).body;
    const answers = [
      await org.call(getUser, 'GET', `/Users/${theirUser.id}`),
      await org.call(patchUser, 'PATCH', `/Users/${theirUser.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' })),
      await org.call(deleteUser, 'DELETE', `/Users/${theirUser.id}`),
      await org.call(getGroup, 'GET', `/Groups/${theirGroup.id}`),
      await org.call(patchGroup, 'PATCH', `/Groups/${theirGroup.id}`, patchOp({ op: 'Replace', path: 'displayName', value: 'Overtaget' })),
      await org.call(deleteGroup, 'DELETE', `/Groups/${theirGroup.id}`),
      await org.call(getUser, 'GET', '/Users/not-a-uuid'),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ status: 404, contentType: 'application/scim+json', body: { schemas: [ERROR], status: '404' } });
    expect((await org.call(getUsers, 'GET', `/Users${filter(`id eq "${theirUser.id}"`)}`)).body.totalResults).toBe(0);
    expect(await ownerDb().leader.findUniqueOrThrow({ where: { id: theirUser.id } })).toMatchObject({ archivedAt: null });
    expect(await ownerDb().leaderGroup.findUniqueOrThrow({ where: { id: theirGroup.id } })).toMatchObject({ name: 'Deres', archivedAt: null });
  });

  it('answers 400 invalidValue for a PATCH scimmy cannot apply and for a body that is not JSON', async () => {
    const org = await scimOrg();
    const anne = (await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'))).body;
    const badOp = await org.call(patchUser, 'PATCH', `/Users/${anne.id}`, patchOp({ op: 'Explode', path: 'active', value: true }));
    expect(badOp.body).toMatchObject({ schemas: [ERROR], status: '400' });
    const notJson = await patchUser(new NextRequest(`http://t/scim/v2/Users/${anne.id}`, { method: 'PATCH', headers: org.auth, body: '{"Operations": [' }), {
      params: Promise.resolve({ id: anne.id }),
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ schemas: [ERROR], status: '400' });
  });
});

describe('a SCIM token opens SCIM only, and an API key the API only', () => {
  it('refuses an API key and no token on SCIM with 401, and a SCIM token on /api/v1 with 401', async () => {
    const org = await scimOrg();
    const apiKeyOnScim = await org.call(getUsers, 'GET', '/Users', undefined, org.headers);
    expect(apiKeyOnScim).toMatchObject({ status: 401, contentType: 'application/scim+json', body: { schemas: [ERROR], status: '401' } });
    expect((await org.call(postUser, 'POST', '/Users', entraUser('a@kommune.dk', 'e'), org.headers)).status).toBe(401);
    expect((await org.call(getUsers, 'GET', '/Users', undefined, {})).status).toBe(401);

    const scimTokenOnApi = await getApiLeaders(new NextRequest('http://t/api/v1/leaders', { headers: org.auth }), { params: Promise.resolve({}) });
    expect(scimTokenOnApi.status).toBe(401);
    expect((await scimTokenOnApi.json()).error.code).toBe('unauthenticated');
    expect((await org.call(getUsers, 'GET', '/Users')).status).toBe(200);
  });

  it('is created by HR with a group, shown once, listed apart from API keys, audited, and revoked at once', async () => {
    const org = await scimOrg();
    const hr = await memberActorOf(org.organisationId, org.user.id);
    const created = await createOrganisationScimToken(hr, { name: 'Entra ID produktion', groupId: org.start.id });
    expect(created.key).toMatch(/^lts_/);
    expect(await listApiKeys(scopedDb(org.organisationId))).toEqual([expect.objectContaining({ name: 'Test key' })]);
    expect((await listApiKeys(scopedDb(org.organisationId), 'SCIM')).map((k) => [k.name, k.scimGroupId])).toEqual([
      ['Entra ID produktion', org.start.id],
      ['Entra ID', org.start.id],
    ]);
    expect(await ownerDb().auditLogEntry.findFirstOrThrow({ where: { organisationId: org.organisationId, action: 'scim-token.created' } })).toMatchObject({
      actorUserId: org.user.id,
      targetId: created.id,
    });

    const headers = { authorization: `Bearer ${created.key}` };
    expect((await org.call(getUsers, 'GET', '/Users', undefined, headers)).status).toBe(200);
    // The API key's page cannot revoke a SCIM token, nor the SCIM page an API key.
    await expect(revokeOrganisationApiKey(hr, { apiKeyId: created.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(revokeOrganisationApiKey(hr, { apiKeyId: org.apiKeyId }, 'SCIM')).rejects.toMatchObject({ code: 'not_found' });
    expect(await revokeOrganisationApiKey(hr, { apiKeyId: created.id }, 'SCIM')).toEqual({ revoked: true });
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: org.organisationId, action: 'scim-token.revoked', targetId: created.id } })).toBe(1);
    const revoked = await org.call(getUsers, 'GET', '/Users', undefined, headers);
    expect(revoked).toMatchObject({ status: 401, body: { schemas: [ERROR], status: '401' } });
  });

  it('cannot be created with an archived group or another organisation’s group', async () => {
    const org = await scimOrg();
    const other = await scimOrg();
    const hr = await memberActorOf(org.organisationId, org.user.id);
    await expect(createOrganisationScimToken(hr, { name: 'X', groupId: other.start.id })).rejects.toMatchObject({ code: 'not_found' });
    await ownerDb().leaderGroup.update({ where: { id: org.direktion.id }, data: { archivedAt: new Date() } });
    await expect(createOrganisationScimToken(hr, { name: 'X', groupId: org.direktion.id })).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await listApiKeys(scopedDb(org.organisationId), 'SCIM')).toHaveLength(1);
  });
});

describe('a round already open keeps its snapshot', () => {
  it('keeps the leader in the group they had when it opened after SCIM moves them and archives them', async () => {
    const org = await scimOrg();
    const anne = (await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'))).body;
    const round = await ownerDb().round.create({
      data: {
        organisationId: org.organisationId,
        name: 'LederAPV 2027',
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 86_400_000),
        status: 'OPEN',
        questionnaireVersion: questionnaire2026_1.version,
        groupIds: [org.start.id],
      },
    });
    await ownerDb().roundGroup.create({ data: { organisationId: org.organisationId, roundId: round.id, groupId: org.start.id, parentGroupId: null, name: 'Nye fra Entra ID' } });
    await ownerDb().invitation.create({ data: { organisationId: org.organisationId, roundId: round.id, leaderId: anne.id, groupId: org.start.id, locale: 'da' } });

    const group = (await org.call(postGroup, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Sundhed', members: [{ value: anne.id }] })).body;
    expect((await ownerDb().leader.findUniqueOrThrow({ where: { id: anne.id } })).groupId).toBe(group.id);
    expect((await org.call(patchUser, 'PATCH', `/Users/${anne.id}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }))).status).toBe(200);

    expect(await ownerDb().invitation.findFirstOrThrow({ where: { roundId: round.id } })).toMatchObject({ leaderId: anne.id, groupId: org.start.id });
    const snapshot = await ownerDb().roundGroup.findMany({ where: { roundId: round.id } });
    expect(snapshot.map(({ groupId, name }) => ({ groupId, name }))).toEqual([{ groupId: org.start.id, name: 'Nye fra Entra ID' }]);
  });
});

describe('discovery', () => {
  it('describes what we support to a client with a SCIM token, and to nobody else', async () => {
    const org = await scimOrg();
    const config = await org.call(getServiceProviderConfig, 'GET', '/ServiceProviderConfig');
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true }, bulk: { supported: false }, authenticationSchemes: [{ type: 'oauthbearertoken' }] });
    const types = await org.call(getResourceTypes, 'GET', '/ResourceTypes');
    expect(types.body.Resources.map((r: { endpoint: string }) => r.endpoint)).toEqual(['/Users', '/Groups']);
    const schemas = await org.call(getSchemas, 'GET', '/Schemas');
    expect(schemas.body.Resources.map((s: { id: string }) => s.id)).toEqual([USER, GROUP, ENTERPRISE]);
    expect((await org.call(getSchemas, 'GET', '/Schemas', undefined, org.headers)).status).toBe(401);
  });
});

describe('a broken or hostile client', () => {
  const nul = String.fromCharCode(0);
  const bodies = [
    '{"userName": "a',
    'userName=a',
    'null',
    '[]',
    '"Anne"',
    '{"__proto__": {"admin": true}}',
    JSON.stringify({ userName: `anne${nul}@kommune.dk` }),
    JSON.stringify({ userName: 'anne@kommune.dk', displayName: 'x'.repeat(10_000) }),
    JSON.stringify({ userName: ['a@b.dk'] }),
    JSON.stringify({ userName: 'anne@kommune.dk', emails: 'anne@kommune.dk' }),
    JSON.stringify({ userName: 'anne@kommune.dk', active: 'maybe' }),
    JSON.stringify({ displayName: { $gt: '' }, members: [{ value: 42 }] }),
    JSON.stringify({ displayName: 'Ny', members: 'all' }),
    JSON.stringify({ schemas: [PATCH_OP], Operations: null }),
    JSON.stringify({ schemas: [PATCH_OP], Operations: [null] }),
    JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'members[value eq', value: 1 }] }),
    JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value: [{ value: 'not-a-uuid' }] }] }),
    JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'name.givenName', value: { x: 1 } }] }),
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ];

  it('gets a SCIM 4xx for every malformed body on every writing route, never a 5xx, and nothing is written', async () => {
    const org = await scimOrg();
    const anne = (await org.call(postUser, 'POST', '/Users', entraUser('anne@kommune.dk', 'entra-1'))).body;
    const group = (await org.call(postGroup, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Kultur' })).body;
    const routes: [Handler, string, string][] = [
      [postUser, 'POST', '/Users'],
      [patchUser, 'PATCH', `/Users/${anne.id}`],
      [putUser, 'PUT', `/Users/${anne.id}`],
      [postGroup, 'POST', '/Groups'],
      [patchGroup, 'PATCH', `/Groups/${group.id}`],
    ];
    const problems: string[] = [];
    for (const [handler, method, path] of routes) {
      for (const body of bodies) {
        const id = /\/(?:Users|Groups)\/(.+)$/.exec(path)?.[1];
        const response = await handler(new NextRequest(`http://t/scim/v2${path}`, { method, headers: org.auth, body }), { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
        const answer = await response.json().catch(() => null);
        if (response.status < 400 || response.status >= 500 || answer?.schemas?.[0] !== ERROR) problems.push(`${method} ${path} ${body.slice(0, 40)}: ${response.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await scopedDb(org.organisationId).leader.findMany({ select: { name: true, email: true, groupId: true } })).toEqual([
      { name: 'Anne Jensen', email: 'anne@kommune.dk', groupId: org.start.id },
    ]);
    expect(await scopedDb(org.organisationId).leaderGroup.count({ where: { name: { notIn: ['Direktion', 'Nye fra Entra ID', 'Kultur'] } } })).toBe(0);
  });
});
