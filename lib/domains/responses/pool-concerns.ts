import { danishDayOf } from '@/lib/platform/format/dates';
import 'server-only';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * Leaders' concerns that someone in their pool is not a leader in their group (issue 13): what
 * HR and MED/AMO see on the round page, and what the mail job reads.
 */

/**
 * PoolConcern.groupId of a concern about the round as a whole (a leader pooled in the round's
 * total, which has no group). The column is NOT NULL and references no group, so the nil UUID
 * stands for "the whole round" instead of a migration for one case.
 */
export const WHOLE_ROUND_GROUP_ID = '00000000-0000-0000-0000-000000000000';

export interface PoolConcernRow {
  id: string;
  /** The snapshot group's name; null: the whole round. */
  groupName: string | null;
  message: string;
  /** The day it was raised in Danish time, "YYYY-MM-DD". The time of day is never shown: it could be matched to a person's visit. */
  day: string;
}

function groupNameOf(names: ReadonlyMap<string, string>, groupId: string): string | null {
  return groupId === WHOLE_ROUND_GROUP_ID ? null : (names.get(groupId) ?? null);
}

/** A round's concerns, newest day first. */
export async function listPoolConcerns(tenant: ScopedDb, roundId: string): Promise<PoolConcernRow[]> {
  const [concerns, snapshot] = await Promise.all([
    tenant.poolConcern.findMany({ where: { roundId }, select: { id: true, groupId: true, message: true, createdAt: true }, orderBy: { createdAt: 'desc' } }),
    tenant.roundGroup.findMany({ where: { roundId }, select: { groupId: true, name: true } }),
  ]);
  const names = new Map(snapshot.map((g) => [g.groupId, g.name]));
  return concerns.map((c) => ({ id: c.id, groupName: groupNameOf(names, c.groupId), message: c.message, day: danishDayOf(c.createdAt) }));
}

/** One concern with what its mail says, or null when it is gone (the round or organisation was deleted). */
export async function getPoolConcern(tenant: ScopedDb, concernId: string) {
  const concern = await tenant.poolConcern.findUnique({
    where: { id: concernId },
    select: { id: true, groupId: true, message: true, round: { select: { id: true, name: true } }, organisation: { select: { name: true, slug: true } } },
  });
  if (!concern) return null;
  const group = concern.groupId === WHOLE_ROUND_GROUP_ID ? null : await tenant.roundGroup.findFirst({ where: { roundId: concern.round.id, groupId: concern.groupId }, select: { name: true } });
  return { ...concern, groupName: group?.name ?? null };
}
