import 'server-only';
import { groupNameSchema } from '@/lib/domains/groups/schemas';
import type { ScimGroup } from '@/lib/domains/scim/queries';
import { GROUP_SCHEMA, patchOpOf, SCIMMY, scimmyInput } from './scimmy';

/**
 * A leader group as a SCIM Group and back: `displayName` is the group's name, `members` the
 * active leaders placed in the group itself. `externalId` and anything else are accepted and
 * not stored: an identity provider matches groups by displayName, then keeps their id.
 */

type Json = Record<string, unknown>;

export function toScimGroup(group: ScimGroup, baseUrl: string, withMembers = true): Json {
  return {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    displayName: group.name,
    ...(withMembers ? { members: group.members.map((m) => ({ value: m.id, display: m.name, $ref: `${baseUrl}/Users/${m.id}` })) } : {}),
    meta: { resourceType: 'Group', created: group.createdAt.toISOString(), lastModified: group.updatedAt.toISOString(), location: `${baseUrl}/Groups/${group.id}` },
  };
}

interface ScimGroupIn {
  displayName?: string;
  members?: { value?: string }[];
}

function coerceGroup(body: unknown): ScimGroupIn {
  return JSON.parse(JSON.stringify(scimmyInput(() => new SCIMMY.Schemas.Group(body, 'in')))) as ScimGroupIn;
}

function checkedName(value: string | undefined): string {
  const parsed = groupNameSchema.safeParse(value ?? '');
  if (!parsed.success) throw new SCIMMY.Types.Error(400, 'invalidValue', 'displayName: a group needs a name of at most 120 characters.');
  return parsed.data;
}

const memberIds = (group: ScimGroupIn) => [...new Set((group.members ?? []).map((m) => m.value).filter((v): v is string => typeof v === 'string' && v !== ''))];

/** A POST /Groups body: the name, and the leaders to place in the new group. */
export function newGroupFrom(body: unknown): { name: string; members: string[] } {
  const group = coerceGroup(body);
  return { name: checkedName(group.displayName), members: memberIds(group) };
}

export interface GroupChanges {
  /** A new name, when it changed. */
  name: string | undefined;
  add: string[];
  remove: string[];
}

function changesBetween(before: ScimGroupIn, after: ScimGroupIn): GroupChanges {
  const had = new Set(memberIds(before));
  const has = new Set(memberIds(after));
  return {
    name: after.displayName !== undefined && after.displayName !== before.displayName ? checkedName(after.displayName) : undefined,
    add: [...has].filter((id) => !had.has(id)),
    remove: [...had].filter((id) => !has.has(id)),
  };
}

/**
 * A PATCH /Groups/{id} body, applied by scimmy to the group as we answer it (members add,
 * remove — also `members[value eq "…"]` — and replace; displayName), as what changed.
 */
export async function groupChangesFromPatch(current: Json, body: unknown): Promise<GroupChanges> {
  const before = coerceGroup(current);
  const patched = await patchOpOf(body).apply(new SCIMMY.Schemas.Group(structuredClone(current), 'in'));
  return changesBetween(before, patched ? (JSON.parse(JSON.stringify(patched)) as ScimGroupIn) : before);
}

/** A PUT /Groups/{id} body: the whole group, members included. */
export function groupChangesFromPut(current: Json, body: unknown): GroupChanges {
  return changesBetween(coerceGroup(current), coerceGroup(body));
}
