import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { actorCan } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';
import { AppError, notFound } from '@/lib/platform/errors';
import { visibleGroupsFor } from '@/lib/domains/results/access';
import { loadRoundContext, type RoundContext } from '@/lib/domains/results/round-context';
import { isUuid } from '@/lib/platform/validation/uuid';

/** Which groups of a round a viewer may hold a workshop for, read notes of, or plan actions for. */
export interface DialogueReach {
  ctx: RoundContext;
  /** May work with the organisation as a whole (organisation-wide actions). */
  total: boolean;
  groupIds: ReadonlySet<string>;
}

/**
 * The round's groups as the results access rule gives them (HR and top management: all; a
 * manager of leaders: their subtrees; a leader: their own group) — with one difference: MED/AMO
 * sees the notes and plans of every group of its area (the whole organisation for HovedMED), also
 * one whose figures are hidden. Notes and actions
 * are what a group agreed in its meeting, not anyone's answers, and MED/AMO must take part in the
 * APV of the whole organisation. Figures shown beside them still follow the anonymity rule.
 *
 * Only a closed round has a dialogue: before that there are no figures to talk about. A draft,
 * open, unknown or other organisation's round is 404 (an open one is 409 for a writer, below).
 */
export async function dialogueReach(viewer: StaffActor, roundId: string, permission: Permission, now = new Date()): Promise<DialogueReach> {
  if (!actorCan(viewer, permission)) throw new AppError('forbidden');
  if (!isUuid(roundId)) throw notFound();
  const ctx = await loadRoundContext(viewer, roundId, now);
  if (!ctx) throw notFound();
  if (!ctx.figuresAvailable) throw new AppError('conflict', { messageKey: 'workshop.errors.roundNotClosed' });
  const access = await visibleGroupsFor(viewer, ctx);
  if (access.reach === 'above-threshold') return { ctx, total: access.total, groupIds: access.area ?? new Set(ctx.visibility.groups.map((g) => g.groupId)) };
  return { ctx, total: access.total, groupIds: access.groupIds };
}

/** A group the viewer may work with in this round, or 404 — the same answer as for a group that does not exist. */
export function requireGroup(reach: DialogueReach, groupId: string): { groupId: string; name: string } {
  const group = isUuid(groupId) && reach.groupIds.has(groupId) ? reach.ctx.visibility.group(groupId) : null;
  if (!group) throw notFound();
  return { groupId: group.groupId, name: group.name };
}
