import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { actorCan } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';
import { AppError, notFound } from '@/lib/platform/errors';
import { visibleGroupsFor } from '@/lib/domains/results/access';
import { loadRoundContext, type RoundContext } from '@/lib/domains/results/round-context';
import type { RoundGroupNode } from '@/lib/domains/anonymity/visibility';

/** A closed round as one viewer may see its APV: the round's context and the groups they may open. */
export interface ApvRound {
  ctx: RoundContext;
  /** Snapshot groups whose APV the viewer may open; any other group answers 404. */
  groupIds: ReadonlySet<string>;
  /** May see the organisation-wide report. */
  total: boolean;
}

export function requireApvPermission(viewer: StaffActor, permission: Permission): void {
  if (!actorCan(viewer, permission)) throw new AppError('forbidden');
}

export function roundNotClosed(): AppError {
  return new AppError('conflict', { messageKey: 'apv.errors.roundNotClosed', userMessage: 'The round is not closed yet: its APV is written once the mapping is complete.' });
}

/**
 * The APV documents a completed mapping, so it exists only for a closed round: a draft or
 * another organisation's round is 404, an open one 409. Which groups: those the viewer may
 * open on the results pages — except that MED/AMO, who must take part in every group's APV (of
 * their area, when scoped), also open the groups whose figures are hidden. They see there what everyone sees: the
 * counts and the suppressed notice, never a figure (the verdict is the round's, narrowed only
 * by what leaders shared with the viewer: decision 0005).
 */
export async function openApvRound(viewer: StaffActor, roundId: string, now = new Date()): Promise<ApvRound> {
  requireApvPermission(viewer, 'reports:read');
  const ctx = await loadRoundContext(viewer, roundId, now);
  if (!ctx) throw notFound();
  if (ctx.status !== 'CLOSED') throw roundNotClosed();
  const access = await visibleGroupsFor(viewer, ctx);
  const groupIds = access.shownOnly ? (access.area ?? new Set(ctx.visibility.groups.map((g) => g.groupId))) : access.groupIds;
  return { ctx, groupIds, total: access.total };
}

export function requireApvGroup(apv: ApvRound, groupId: string): RoundGroupNode {
  const group = apv.groupIds.has(groupId) ? apv.ctx.visibility.group(groupId) : undefined;
  if (!group) throw notFound();
  return group;
}
