import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getGroupPaths, subtreeIds } from '@/lib/domains/groups/queries';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';
import type { PageQuery } from '@/lib/platform/validation/pagination';

export const LEADER_PAGE_SIZE = 200;

export interface LeaderFilter {
  /** Leaders in this group and every group below it. */
  groupId?: string | undefined;
  /** Part of a name or e-mail, or a whole employee number. */
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
  employeeNumber: string | null;
  archivedAt: Date | null;
  erasedAt: Date | null;
}

const select = { id: true, name: true, email: true, groupId: true, managerEmail: true, locale: true, employeeNumber: true, archivedAt: true, erasedAt: true } as const;

/** Leaders matching the filter, by name, with their group's path; `total` counts all matches. */
export async function listLeaders(organisationId: string, filter: LeaderFilter = {}): Promise<{ items: LeaderRow[]; total: number }> {
  const where: Prisma.LeaderWhereInput = { archivedAt: filter.archived ? { not: null } : null };
  if (filter.groupId) where.groupId = { in: await subtreeIds(organisationId, filter.groupId) };
  const search = filter.search?.trim();
  if (search) {
    where.OR = [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search.toLowerCase() } }, { employeeNumber: search }];
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

export interface ApiLeader {
  id: string;
  name: string;
  email: string;
  groupId: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
  employeeNumber: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
}

const apiSelect = { id: true, name: true, email: true, groupId: true, managerEmail: true, locale: true, employeeNumber: true, archivedAt: true, updatedAt: true } as const;

/**
 * The leaders as the API lists them, a page at a time in id order (ids grow with creation, so a
 * leader added while a mirror pages through lands on a later page, never between two it has
 * read). The cursor is compared, not looked up: a leader erased meanwhile does not break paging.
 */
export async function listLeadersPage(organisationId: string, query: PageQuery & { groupId?: string | undefined }): Promise<{ items: ApiLeader[]; nextCursor: string | null }> {
  const where: Prisma.LeaderWhereInput = {};
  if (query.status === 'active') where.archivedAt = null;
  if (query.status === 'archived') where.archivedAt = { not: null };
  if (query.groupId) where.groupId = { in: await subtreeIds(organisationId, query.groupId) };
  if (query.updatedSince !== undefined) where.updatedAt = { gte: new Date(query.updatedSince) };
  if (query.cursor !== undefined) where.id = { gt: query.cursor };
  const rows = await scopedDb(organisationId).leader.findMany({ where, select: apiSelect, orderBy: { id: 'asc' }, take: query.limit + 1 });
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

/** One leader as the API shows it, or null (also for another organisation's id). */
export async function getApiLeader(organisationId: string, leaderId: string): Promise<ApiLeader | null> {
  if (!isUuid(leaderId)) return null;
  return scopedDb(organisationId).leader.findFirst({ where: { id: leaderId }, select: apiSelect });
}
