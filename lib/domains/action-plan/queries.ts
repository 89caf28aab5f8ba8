import 'server-only';
import { actorCan } from '@/lib/domains/auth/actor';
import type { ActionStatus } from '@/lib/generated/prisma/enums';
import { dialogueReach, type DialogueReach } from '@/lib/domains/workshop/access';
import { notFound } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { previousRoundContext } from '@/lib/domains/results/comparison';
import type { RoundContext } from '@/lib/domains/results/round-context';
import { isUuid } from '@/lib/platform/validation/uuid';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { byPlanOrder, toActionView, type ActionView } from './view';

/** Whether an action's group is one the reach covers; an organisation-wide one needs the organisation. */
export function reachCovers(reach: Pick<DialogueReach, 'total' | 'groupIds'>, groupId: string | null): boolean {
  return groupId === null ? reach.total : reach.groupIds.has(groupId);
}

export interface ActionFilter {
  /** A group id, 'org' for the organisation-wide actions, or undefined for every group the viewer may see. */
  group?: string | 'org' | undefined;
  status?: ActionStatus | undefined;
}

/** A round's actions the viewer may read (action-plan:read), in plan order, with the reach they were read through. */
export async function roundActions(viewer: StaffActor, roundId: string, filter: ActionFilter = {}, now = new Date()): Promise<{ reach: DialogueReach; actions: ActionView[] }> {
  const reach = await dialogueReach(viewer, roundId, 'action-plan:read', now);
  if (filter.group && filter.group !== 'org' && !(isUuid(filter.group) && reach.groupIds.has(filter.group))) throw notFound();
  const rows = await scopedDb(viewer.organisationId).actionItem.findMany({
    where: {
      roundId,
      ...(filter.group === 'org' ? { groupId: null } : filter.group ? { groupId: filter.group } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
  });
  const actions = rows.filter((row) => reachCovers(reach, row.groupId)).map((row) => toActionView(row, reach.ctx, now));
  return { reach, actions: actions.sort(byPlanOrder) };
}

/** A group's actions in the round, in plan order, for its workshop: none for a viewer who may not read action plans. */
export async function groupActions(viewer: StaffActor, roundId: string, groupId: string, now = new Date()): Promise<ActionView[]> {
  if (!actorCan(viewer, 'action-plan:read')) return [];
  if (!isUuid(groupId)) throw notFound();
  return (await roundActions(viewer, roundId, { group: groupId }, now)).actions;
}

/**
 * The actions a group (or the organisation, for groupId null) planned in the round before this
 * one, for the dashboard's "what we set out to do" beside the change in its figures. Null when
 * there is no earlier closed round or the viewer may not read action plans.
 */
export async function previousRoundActions(viewer: StaffActor, ctx: RoundContext, groupId: string | null, now = new Date()): Promise<{ roundName: string; actions: ActionView[] } | null> {
  if (!actorCan(viewer, 'action-plan:read')) return null;
  const previous = await previousRoundContext(ctx, now);
  if (!previous) return null;
  // The group must still be one this viewer may see in the earlier round (a leader may have moved).
  const { reach, actions } = await roundActions(viewer, previous.round.id, {}, now);
  if (!reachCovers(reach, groupId)) return null;
  return { roundName: previous.round.name, actions: actions.filter((a) => a.groupId === groupId) };
}

/** One action the viewer may read, for its edit page; 404 outside their reach. */
export async function getAction(viewer: StaffActor, actionId: string, now = new Date()): Promise<{ action: ActionView; canManage: boolean }> {
  if (!isUuid(actionId)) throw notFound();
  const row = await scopedDb(viewer.organisationId).actionItem.findUnique({ where: { id: actionId } });
  if (!row) throw notFound();
  const reach = await dialogueReach(viewer, row.roundId, 'action-plan:read', now);
  if (!reachCovers(reach, row.groupId)) throw notFound();
  return { action: toActionView(row, reach.ctx, now), canManage: actorCan(viewer, 'action-plan:manage') };
}
