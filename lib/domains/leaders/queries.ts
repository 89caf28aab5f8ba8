import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getGroupPaths, subtreeIds } from '@/lib/domains/groups/queries';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';

export const LEADER_PAGE_SIZE = 200;

export interface LeaderFilter {
  /** Leaders in this group and every group below it. */
  groupId?: string | undefined;
  /** Part of a name or e-mail. */
  search?: string | undefined;
  /** Archived leaders instead of active ones. */
  archived?: boolean | undefined;
  take?: number | undefined;
}

export interface LeaderRow {
  id: string;
  name: string;
  email: string;
  groupId: string;
  groupPath: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
  archivedAt: Date | null;
  erasedAt: Date | null;
}

const select = { id: true, name: true, email: true, groupId: true, managerEmail: true, locale: true, archivedAt: true, erasedAt: true } as const;

/** Leaders matching the filter, by name, with their group's path; `total` counts all matches. */
export async function listLeaders(organisationId: string, filter: LeaderFilter = {}): Promise<{ items: LeaderRow[]; total: number }> {
  const where: Prisma.LeaderWhereInput = { archivedAt: filter.archived ? { not: null } : null };
  if (filter.groupId) where.groupId = { in: await subtreeIds(organisationId, filter.groupId) };
  const search = filter.search?.trim();
  if (search) {
    where.OR = [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search.toLowerCase() } }];
  }
  const scoped = scopedDb(organisationId);
  const [rows, total, paths] = await Promise.all([
    scoped.leader.findMany({ where, select, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: filter.take ?? LEADER_PAGE_SIZE }),
    scoped.leader.count({ where }),
    getGroupPaths(organisationId),
  ]);
  return { items: rows.map((row) => ({ ...row, groupPath: paths.get(row.groupId) ?? '' })), total };
}

/** One leader with the path of their group, or null (also for another organisation's id). */
export async function getLeader(organisationId: string, leaderId: string): Promise<LeaderRow | null> {
  if (!isUuid(leaderId)) return null;
  const row = await scopedDb(organisationId).leader.findFirst({ where: { id: leaderId }, select });
  if (!row) return null;
  const paths = await getGroupPaths(organisationId);
  return { ...row, groupPath: paths.get(row.groupId) ?? '' };
}
