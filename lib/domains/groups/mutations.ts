import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError, notFound } from '@/lib/platform/errors';
import type { LeaderGroup } from '@/lib/generated/prisma/client';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { lockGroupTree } from './locks';
import type { ArchiveGroupInput, RestoreGroupInput, CreateGroupInput, GroupPatch, MoveGroupInput, RenameGroupInput } from './schemas';
import { descendantsAndSelf } from './tree';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { isUuid } from '@/lib/platform/validation/uuid';

/** The organisation's group, or 404 — another organisation's id looks exactly like an unknown one. */
export async function findGroupForUpdate(tx: Tx, organisationId: string, groupId: string): Promise<LeaderGroup> {
  if (!isUuid(groupId)) throw notFound();
  const group = await tx.leaderGroup.findFirst({ where: { organisationId, id: groupId } });
  if (!group) throw notFound();
  return group;
}

async function checkParent(tx: Tx, caller: StaffActor, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const parent = await findGroupForUpdate(tx, caller.organisationId, parentId);
  if (parent.archivedAt) throw fieldRefusal(caller, 'validation_failed', 'parentId', 'groups.errors.parentArchived');
}

/** Names are unique among a group's active siblings, whatever their case ("Sundhed" = "sundhed"). */
async function refuseSiblingName(tx: Tx, caller: StaffActor, parentId: string | null, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.leaderGroup.findFirst({
    where: {
      organisationId: caller.organisationId,
      parentId,
      archivedAt: null,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true },
  });
  if (clash) throw fieldRefusal(caller, 'conflict', 'name', 'groups.errors.duplicateName', { name: clash.name });
}

function refuseArchived(group: LeaderGroup): void {
  if (group.archivedAt) throw new AppError('conflict', { messageKey: 'groups.errors.archived', messageValues: { name: group.name } });
}

export async function createGroup(caller: StaffActor, input: CreateGroupInput): Promise<LeaderGroup> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    await lockGroupTree(tx, organisationId);
    await checkParent(tx, caller, input.parentId);
    await refuseSiblingName(tx, caller, input.parentId, input.name);
    const group = await tx.leaderGroup.create({ data: { organisationId, name: input.name, parentId: input.parentId } });
    await recordAudit({ ...auditedBy(caller), action: 'group.created', target: { type: 'group', id: group.id }, details: { name: group.name, parentId: group.parentId } }, tx);
    return group;
  });
}

async function renameWithin(tx: Tx, caller: StaffActor, group: LeaderGroup, name: string): Promise<LeaderGroup> {
  if (group.name === name) return group;
  await refuseSiblingName(tx, caller, group.parentId, name, group.id);
  const renamed = await tx.leaderGroup.update({ where: { organisationId: caller.organisationId, id: group.id }, data: { name } });
  await recordAudit({ ...auditedBy(caller), action: 'group.renamed', target: { type: 'group', id: group.id }, details: { from: group.name, to: renamed.name } }, tx);
  return renamed;
}

/**
 * Moves a group (with everything below it) under another parent, or to the top. A group can
 * never end up below itself: the tree would become a loop that no path or result could follow.
 */
async function moveWithin(tx: Tx, caller: StaffActor, group: LeaderGroup, parentId: string | null): Promise<LeaderGroup> {
  const { organisationId } = caller;
  if (group.parentId === parentId) return group;
  await checkParent(tx, caller, parentId);
  if (parentId !== null) {
    const rows = await tx.leaderGroup.findMany({ where: { organisationId }, select: { id: true, parentId: true, name: true, archivedAt: true } });
    if (descendantsAndSelf(rows, group.id).has(parentId)) {
      throw fieldRefusal(caller, 'validation_failed', 'parentId', parentId === group.id ? 'groups.errors.moveUnderItself' : 'groups.errors.moveUnderDescendant', { name: group.name });
    }
  }
  await refuseSiblingName(tx, caller, parentId, group.name, group.id);
  const moved = await tx.leaderGroup.update({ where: { organisationId, id: group.id }, data: { parentId } });
  await recordAudit(
    { ...auditedBy(caller), action: 'group.moved', target: { type: 'group', id: group.id }, details: { name: group.name, fromParentId: group.parentId, toParentId: moved.parentId } },
    tx,
  );
  return moved;
}

/**
 * Renames and/or moves an active group in one transaction — the API's PATCH, where both may
 * come at once. The move goes first, so the new name is checked among the new siblings.
 */
export async function updateGroup(caller: StaffActor, groupId: string, patch: GroupPatch): Promise<LeaderGroup> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    await lockGroupTree(tx, organisationId);
    let group = await findGroupForUpdate(tx, organisationId, groupId);
    refuseArchived(group);
    if (patch.parentId !== undefined) group = await moveWithin(tx, caller, group, patch.parentId);
    if (patch.name !== undefined) group = await renameWithin(tx, caller, group, patch.name);
    return group;
  });
}

export async function renameGroup(caller: StaffActor, input: RenameGroupInput): Promise<LeaderGroup> {
  return updateGroup(caller, input.groupId, { name: input.name });
}

export async function moveGroup(caller: StaffActor, input: MoveGroupInput): Promise<LeaderGroup> {
  return updateGroup(caller, input.groupId, { parentId: input.parentId });
}

/**
 * Archives a group: it keeps its history (rounds, results) but is no longer offered anywhere.
 * Only an empty group can go — otherwise its active leaders or groups would be left hanging
 * below something nobody can see. Archiving an archived group changes nothing.
 */
export async function archiveGroup(caller: StaffActor, input: ArchiveGroupInput): Promise<LeaderGroup> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    await lockGroupTree(tx, organisationId);
    const group = await findGroupForUpdate(tx, organisationId, input.groupId);
    if (group.archivedAt) return group;
    const leaders = await tx.leader.count({ where: { organisationId, groupId: group.id, archivedAt: null } });
    const groups = await tx.leaderGroup.count({ where: { organisationId, parentId: group.id, archivedAt: null } });
    if (leaders > 0 || groups > 0) {
      const key = leaders > 0 && groups > 0 ? 'groups.errors.archiveHasBoth' : leaders > 0 ? 'groups.errors.archiveHasLeaders' : 'groups.errors.archiveHasGroups';
      throw new AppError('conflict', { messageKey: key, messageValues: { name: group.name, leaders, groups } });
    }
    const archived = await tx.leaderGroup.update({ where: { organisationId, id: group.id }, data: { archivedAt: new Date() } });
    await recordAudit({ ...auditedBy(caller), action: 'group.archived', target: { type: 'group', id: group.id }, details: { name: group.name } }, tx);
    return archived;
  });
}

/**
 * Brings an archived group back where it was. Its parent must be active (restore that first),
 * and its name must still be free among its siblings.
 */
export async function restoreGroup(caller: StaffActor, input: RestoreGroupInput): Promise<LeaderGroup> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    await lockGroupTree(tx, organisationId);
    const group = await findGroupForUpdate(tx, organisationId, input.groupId);
    if (!group.archivedAt) return group;
    if (group.parentId !== null) {
      const parent = await findGroupForUpdate(tx, organisationId, group.parentId);
      if (parent.archivedAt) throw new AppError('conflict', { messageKey: 'groups.errors.restoreParentArchived', messageValues: { name: group.name, parent: parent.name } });
    }
    await refuseSiblingName(tx, caller, group.parentId, group.name, group.id);
    const restored = await tx.leaderGroup.update({ where: { organisationId, id: group.id }, data: { archivedAt: null } });
    await recordAudit({ ...auditedBy(caller), action: 'group.restored', target: { type: 'group', id: group.id }, details: { name: group.name } }, tx);
    return restored;
  });
}
