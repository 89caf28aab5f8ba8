import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import { Prisma } from '@/lib/generated/prisma/client';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';
import { pageAfter, type PageQuery } from '@/lib/platform/validation/pagination';
import { pathOf, pathResolver, toTree, type GroupRow, type PathMatch, type TreeNode } from './tree';

const rowSelect = { id: true, name: true, parentId: true, archivedAt: true } as const;

/** Every group of the organisation, archived ones included, as plain rows for the tree helpers. */
export async function loadGroups(organisationId: string): Promise<GroupRow[]> {
  return scopedDb(organisationId).leaderGroup.findMany({ select: rowSelect, orderBy: { createdAt: 'asc' } });
}

export interface GroupTreeNode extends TreeNode {
  /** Active leaders directly in this group. */
  leaderCount: number;
  /** Active leaders in this group and every group below it. */
  subtreeLeaderCount: number;
  childCount: number;
}

export interface GroupTreeView {
  active: GroupTreeNode[];
  archived: (TreeNode & { archivedAt: Date })[];
}

/** The HR tree: active groups in tree order with leader counts, and the archived ones with their last path. */
export async function getGroupTree(organisationId: string): Promise<GroupTreeView> {
  const [rows, counts] = await Promise.all([loadGroups(organisationId), scopedDb(organisationId).leader.groupBy({ by: ['groupId'], where: { archivedAt: null }, _count: { _all: true } })]);
  const direct = new Map(counts.map((c) => [c.groupId, c._count._all]));
  const active = toTree(rows, { activeOnly: true });
  const subtree = new Map<string, number>();
  const childCount = new Map<string, number>();
  // Tree order lists every group before its descendants, so walking it backwards sums bottom-up.
  for (let i = active.length - 1; i >= 0; i--) {
    const node = active[i]!;
    const total = (subtree.get(node.id) ?? 0) + (direct.get(node.id) ?? 0);
    subtree.set(node.id, total);
    if (node.parentId) {
      subtree.set(node.parentId, (subtree.get(node.parentId) ?? 0) + total);
      childCount.set(node.parentId, (childCount.get(node.parentId) ?? 0) + 1);
    }
  }
  return {
    active: active.map((node) => ({
      ...node,
      leaderCount: direct.get(node.id) ?? 0,
      subtreeLeaderCount: subtree.get(node.id) ?? 0,
      childCount: childCount.get(node.id) ?? 0,
    })),
    archived: toTree(rows)
      .filter((node): node is TreeNode & { archivedAt: Date } => node.archivedAt !== null)
      .sort((a, b) => compareDanish(a.path, b.path)),
  };
}

/** Active groups in tree order, for pickers (archived groups are never offered). */
export async function getGroupOptions(organisationId: string): Promise<TreeNode[]> {
  return toTree(await loadGroups(organisationId), { activeOnly: true });
}

export interface ApiGroup {
  id: string;
  name: string;
  parentId: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
}

/**
 * The groups as the API lists them: in tree order (every parent before its children, so a
 * mirror can create them in the order given), filtered by status and change time, one page at
 * a time. Null for a cursor that names no group of the list.
 */
export async function listGroupsPage(organisationId: string, query: PageQuery): Promise<{ items: ApiGroup[]; nextCursor: string | null } | null> {
  const rows = await scopedDb(organisationId).leaderGroup.findMany({ select: { ...rowSelect, updatedAt: true }, orderBy: { createdAt: 'asc' } });
  const updatedAt = new Map(rows.map((row) => [row.id, row.updatedAt]));
  const since = query.updatedSince === undefined ? null : new Date(query.updatedSince);
  const listed = toTree(rows, { activeOnly: query.status === 'active' })
    .filter((node) => query.status !== 'archived' || node.archivedAt !== null)
    .filter((node) => since === null || updatedAt.get(node.id)! >= since)
    .map(({ id, name, parentId, archivedAt }) => ({ id, name, parentId, archivedAt, updatedAt: updatedAt.get(id)! }));
  return pageAfter(listed, query);
}

/** One group as the API shows it, or null (also for another organisation's id). */
export async function getApiGroup(organisationId: string, groupId: string): Promise<ApiGroup | null> {
  if (!isUuid(groupId)) return null;
  return scopedDb(organisationId).leaderGroup.findFirst({ where: { id: groupId }, select: { id: true, name: true, parentId: true, archivedAt: true, updatedAt: true } });
}

/** "Direktion / Sundhed / Plejecentre", or null for a group that is not the organisation's. */
export async function getGroupPath(organisationId: string, groupId: string): Promise<string | null> {
  const rows = await loadGroups(organisationId);
  const byId = new Map(rows.map((g) => [g.id, g]));
  return byId.has(groupId) ? pathOf(byId, groupId) : null;
}

/** Every group's path by id (archived ones included, so old leaders still show where they were). */
export async function getGroupPaths(organisationId: string): Promise<Map<string, string>> {
  return new Map(toTree(await loadGroups(organisationId)).map((node) => [node.id, node.path]));
}

/** Finds an active group by its path as HR writes it in a CSV file: "Direktion/Sundhed". */
export async function resolveGroupPath(organisationId: string, path: string): Promise<PathMatch> {
  return pathResolver(await loadGroups(organisationId))(path);
}

/**
 * The given groups and every group below them — for managers' scopes, results and the leader
 * filter. A recursive query with the organisation in both halves of the WHERE, so a parent link
 * can never lead outside the organisation. Archived groups are included unless `activeOnly`
 * (their history still belongs to the subtree).
 */
export async function subtreeIds(organisationId: string, groupIds: string | readonly string[], options: { activeOnly?: boolean } = {}): Promise<string[]> {
  const roots = (typeof groupIds === 'string' ? [groupIds] : [...groupIds]).filter((id) => isUuid(id));
  if (roots.length === 0) return [];
  const archivedFilter = options.activeOnly ? Prisma.sql`AND g."archivedAt" IS NULL` : Prisma.empty;
  const rows = await scopedDb(organisationId).$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT g.id FROM "LeaderGroup" g
      WHERE g."organisationId" = ${organisationId}::uuid AND g.id = ANY(${roots}::uuid[]) ${archivedFilter}
      UNION
      SELECT g.id FROM "LeaderGroup" g
      JOIN subtree s ON g."parentId" = s.id
      WHERE g."organisationId" = ${organisationId}::uuid ${archivedFilter}
    )
    SELECT id::text AS id FROM subtree`;
  return rows.map((r) => r.id);
}
