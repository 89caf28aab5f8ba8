import 'server-only';
import type { Leader, LeaderGroup } from '@/lib/generated/prisma/client';
import type { ApiKeyActor } from '@/lib/domains/auth/actor';
import { archiveGroup, createGroup, updateGroup } from '@/lib/domains/groups/mutations';
import { archiveLeader, createLeader, restoreLeader, updateLeader } from '@/lib/domains/leaders/mutations';
import type { LeaderInput, LeaderPatch } from '@/lib/domains/leaders/schemas';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';

/**
 * SCIM provisioning as the domain sees it: every write goes through the leaders' and groups'
 * own mutations, so audit entries, tenant scope and "a round already opened keeps its snapshot"
 * hold exactly as for a form or the API. What is SCIM's own is only the order of those calls
 * and where a leader goes when no group holds them.
 *
 * An identity provider creates a user before it adds them to any group, so a new leader needs
 * a group to start in: the one HR chose for the SCIM token (refusing every new user instead
 * would make provisioning impossible, and guessing a group would put leaders where HR never
 * said). A leader removed from their group returns there too.
 *
 * Several mutations in one request are several transactions: each leaves the data whole, and
 * every step is idempotent (adding a member moves them into the group, removing one moves them
 * out only if they are still there), so the identity provider's retry of a request that failed
 * half-way finishes it.
 */

/** The group a SCIM token starts new leaders in, while it is the organisation's and active; else a 400 that says what to do. */
export async function requireStartGroup(organisationId: string, scimGroupId: string | null): Promise<LeaderGroup> {
  const group = scimGroupId && isUuid(scimGroupId) ? await scopedDb(organisationId).leaderGroup.findFirst({ where: { id: scimGroupId } }) : null;
  if (!group)
    throw new AppError('validation_failed', { userMessage: 'This SCIM token names no group for new leaders. Create a new SCIM token in Ledertrivsel (Settings → SCIM) and choose the group.' });
  if (group.archivedAt) {
    throw new AppError('validation_failed', {
      userMessage: `The group new leaders start in ("${group.name}") is archived. Restore it, or create a new SCIM token in Ledertrivsel with an active group.`,
    });
  }
  return group;
}

/** A new leader in the start group; created archived when the identity provider says the user is not active. */
export async function provisionLeader(actor: ApiKeyActor, startGroupId: string, input: Omit<LeaderInput, 'groupId'>, active: boolean): Promise<Leader> {
  const leader = await createLeader(actor, { ...input, groupId: startGroupId });
  return active ? leader : archiveLeader(actor, leader.id);
}

/**
 * Changes a leader as a SCIM PATCH or PUT asks: a reactivated leader is restored before their
 * details change (an archived leader cannot be changed), a deactivated one archived after.
 */
export async function changeLeader(actor: ApiKeyActor, leaderId: string, patch: LeaderPatch, active: boolean | undefined): Promise<void> {
  if (active === true) await restoreLeader(actor, leaderId);
  if (Object.values(patch).some((value) => value !== undefined)) await updateLeader(actor, leaderId, patch);
  if (active === false) await archiveLeader(actor, leaderId);
}

async function placeable(organisationId: string, leaderId: string) {
  const leader = isUuid(leaderId) ? await scopedDb(organisationId).leader.findFirst({ where: { id: leaderId, erasedAt: null }, select: { groupId: true, archivedAt: true } }) : null;
  if (!leader) throw new AppError('validation_failed', { userMessage: `No user has the id "${leaderId}".` });
  return leader;
}

/**
 * Group membership: an added member moves into the group; a removed member still in it moves
 * back to the start group. An archived leader stays where they were: archived leaders are
 * not changed (restoring one brings them back to their last group).
 */
export async function changeMembers(actor: ApiKeyActor, groupId: string, changes: { add: string[]; remove: string[] }, startGroupId: () => Promise<string>): Promise<void> {
  for (const leaderId of changes.add) {
    const leader = await placeable(actor.organisationId, leaderId);
    if (!leader.archivedAt && leader.groupId !== groupId) await updateLeader(actor, leaderId, { groupId });
  }
  for (const leaderId of changes.remove) {
    const leader = isUuid(leaderId) ? await scopedDb(actor.organisationId).leader.findFirst({ where: { id: leaderId }, select: { groupId: true, archivedAt: true } }) : null;
    if (leader && !leader.archivedAt && leader.groupId === groupId) await updateLeader(actor, leaderId, { groupId: await startGroupId() });
  }
}

/** A group from the identity provider, created at the top of the organisation's tree (HR may move it anywhere; SCIM finds it by id). */
export async function provisionGroup(actor: ApiKeyActor, name: string): Promise<LeaderGroup> {
  return createGroup(actor, { name, parentId: null });
}

export async function renameScimGroup(actor: ApiKeyActor, groupId: string, name: string): Promise<void> {
  await updateGroup(actor, groupId, { name });
}

/**
 * A group deleted in the identity provider: its leaders move to the start group, then it is
 * archived (its history stays). A group with groups below it is refused by archiveGroup (409).
 */
export async function removeScimGroup(actor: ApiKeyActor, groupId: string, startGroupId: () => Promise<string>): Promise<void> {
  const members = isUuid(groupId) ? await scopedDb(actor.organisationId).leader.findMany({ where: { groupId, archivedAt: null }, select: { id: true } }) : [];
  await changeMembers(actor, groupId, { add: [], remove: members.map((m) => m.id) }, startGroupId);
  await archiveGroup(actor, { groupId });
}
