import 'server-only';
import { changeMembers, provisionGroup, removeScimGroup, renameScimGroup, requireStartGroup } from '@/lib/domains/scim/provisioning';
import { getScimGroup, listScimGroups, type ScimGroup } from '@/lib/domains/scim/queries';
import { equalityFilter, excludes, pageOf } from './scim-filter';
import { groupChangesFromPatch, groupChangesFromPut, newGroupFrom, toScimGroup, type GroupChanges } from './scim-groups';
import { scimList, scimNotFound } from './scim-response';
import type { ScimContext, ScimResult } from './scim-route';

/** The handlers of /scim/v2/Groups and /scim/v2/Groups/{id}; the route files only name them. */

async function requireGroup(ctx: ScimContext, groupId = ctx.params.id ?? ''): Promise<ScimGroup> {
  const group = await getScimGroup(ctx.actor.organisationId, groupId);
  if (!group) throw scimNotFound('Group');
  return group;
}

/** The token's start group, looked up only when a leader has to go there, and once per request. */
function startGroupOf(ctx: ScimContext): () => Promise<string> {
  let id: Promise<string> | undefined;
  return () => (id ??= requireStartGroup(ctx.actor.organisationId, ctx.scimGroupId).then((group) => group.id));
}

async function apply(ctx: ScimContext, group: ScimGroup, changes: GroupChanges): Promise<void> {
  if (changes.name !== undefined) await renameScimGroup(ctx.actor, group.id, changes.name);
  await changeMembers(ctx.actor, group.id, changes, startGroupOf(ctx));
}

export async function listGroups(ctx: ScimContext): Promise<ScimResult> {
  const search = ctx.request.nextUrl.searchParams;
  const match = equalityFilter(search.get('filter'), { displayName: 'name', id: 'id' } as const);
  const page = pageOf(search);
  const withMembers = !excludes(search, 'members');
  const { items, total } = await listScimGroups(ctx.actor.organisationId, match, page, withMembers);
  return {
    body: scimList(
      items.map((group) => toScimGroup(group, ctx.baseUrl, withMembers)),
      total,
      page.startIndex,
    ),
  };
}

export async function createGroup(ctx: ScimContext): Promise<ScimResult> {
  const { name, members } = newGroupFrom(await ctx.body());
  const group = await provisionGroup(ctx.actor, name);
  await changeMembers(ctx.actor, group.id, { add: members, remove: [] }, startGroupOf(ctx));
  return { status: 201, body: toScimGroup(await requireGroup(ctx, group.id), ctx.baseUrl) };
}

export async function getGroup(ctx: ScimContext): Promise<ScimResult> {
  const withMembers = !excludes(ctx.request.nextUrl.searchParams, 'members');
  return { body: toScimGroup(await requireGroup(ctx), ctx.baseUrl, withMembers) };
}

/** Answers 204, as Entra ID expects of a group's PATCH: a large group's members are not sent back each time. */
export async function patchGroup(ctx: ScimContext): Promise<ScimResult> {
  const group = await requireGroup(ctx);
  await apply(ctx, group, await groupChangesFromPatch(toScimGroup(group, ctx.baseUrl), await ctx.body()));
  return { status: 204 };
}

export async function replaceGroup(ctx: ScimContext): Promise<ScimResult> {
  const group = await requireGroup(ctx);
  await apply(ctx, group, groupChangesFromPut(toScimGroup(group, ctx.baseUrl), await ctx.body()));
  return { body: toScimGroup(await requireGroup(ctx), ctx.baseUrl) };
}

export async function deleteGroup(ctx: ScimContext): Promise<ScimResult> {
  const group = await requireGroup(ctx);
  await removeScimGroup(ctx.actor, group.id, startGroupOf(ctx));
  return { status: 204 };
}
