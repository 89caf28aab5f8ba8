import 'server-only';
import { changeLeader, provisionLeader, requireStartGroup } from '@/lib/domains/scim/provisioning';
import { getScimLeader, listScimLeaders, type ScimLeader } from '@/lib/domains/scim/queries';
import { equalityFilter, pageOf } from './scim-filter';
import { scimList, scimNotFound } from './scim-response';
import type { ScimContext, ScimResult } from './scim-route';
import { leaderChangesFromPatch, leaderChangesFromPut, newLeaderFrom, toScimUser } from './scim-users';

/** The handlers of /scim/v2/Users and /scim/v2/Users/{id}; the route files only name them. */

async function requireLeader(ctx: ScimContext): Promise<ScimLeader> {
  const leader = await getScimLeader(ctx.actor.organisationId, ctx.params.id ?? '');
  if (!leader) throw scimNotFound('User');
  return leader;
}

const answer = async (ctx: ScimContext, leaderId: string, status: 200 | 201 = 200): Promise<ScimResult> => {
  const leader = await getScimLeader(ctx.actor.organisationId, leaderId);
  if (!leader) throw scimNotFound('User');
  return { status, body: toScimUser(leader, ctx.baseUrl) };
};

export async function listUsers(ctx: ScimContext): Promise<ScimResult> {
  const search = ctx.request.nextUrl.searchParams;
  const match = equalityFilter(search.get('filter'), { userName: 'email', externalId: 'scimExternalId', id: 'id' } as const);
  const page = pageOf(search);
  const { items, total } = await listScimLeaders(ctx.actor.organisationId, match, page);
  return {
    body: scimList(
      items.map((leader) => toScimUser(leader, ctx.baseUrl)),
      total,
      page.startIndex,
    ),
  };
}

export async function createUser(ctx: ScimContext): Promise<ScimResult> {
  const { active, ...input } = await newLeaderFrom(ctx.actor.organisationId, await ctx.body());
  const start = await requireStartGroup(ctx.actor.organisationId, ctx.scimGroupId);
  const leader = await provisionLeader(ctx.actor, start.id, input, active);
  return answer(ctx, leader.id, 201);
}

export async function getUser(ctx: ScimContext): Promise<ScimResult> {
  return { body: toScimUser(await requireLeader(ctx), ctx.baseUrl) };
}

export async function patchUser(ctx: ScimContext): Promise<ScimResult> {
  const leader = await requireLeader(ctx);
  const { patch, active } = await leaderChangesFromPatch(ctx.actor.organisationId, toScimUser(leader, ctx.baseUrl), await ctx.body());
  await changeLeader(ctx.actor, leader.id, patch, active);
  return answer(ctx, leader.id);
}

export async function replaceUser(ctx: ScimContext): Promise<ScimResult> {
  const leader = await requireLeader(ctx);
  const { patch, active } = await leaderChangesFromPut(ctx.actor.organisationId, toScimUser(leader, ctx.baseUrl), await ctx.body());
  await changeLeader(ctx.actor, leader.id, patch, active);
  return answer(ctx, leader.id);
}

/** A user deleted in the identity provider is archived here: past rounds keep counting them, and their history stays. */
export async function deleteUser(ctx: ScimContext): Promise<ScimResult> {
  const leader = await requireLeader(ctx);
  await changeLeader(ctx.actor, leader.id, {}, false);
  return { status: 204 };
}
