/**
 * Pure tree helpers over an organisation's groups (loaded once, then walked in memory — an
 * organisation has hundreds of groups, not millions). No database here, so they are unit tested.
 */

import { compareDanishIgnoringCase } from '@/lib/platform/format/danish-order';

export interface GroupRow {
  id: string;
  name: string;
  parentId: string | null;
  archivedAt: Date | null;
}

export interface TreeNode extends GroupRow {
  depth: number;
  /** "Direktion / Sundhed / Plejecentre". */
  path: string;
}

export const PATH_SEPARATOR = ' / ';

export function compareNames(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareDanishIgnoringCase(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The names from the top down to the group, e.g. ["Direktion", "Sundhed"]. Stops at a broken or cyclic link. */
export function ancestry(byId: ReadonlyMap<string, GroupRow>, groupId: string): GroupRow[] {
  const chain: GroupRow[] = [];
  const seen = new Set<string>();
  for (let g = byId.get(groupId); g && !seen.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined) {
    seen.add(g.id);
    chain.unshift(g);
  }
  return chain;
}

export function pathOf(byId: ReadonlyMap<string, GroupRow>, groupId: string): string {
  return ancestry(byId, groupId)
    .map((g) => g.name)
    .join(PATH_SEPARATOR);
}

/**
 * Groups in tree order (depth-first, siblings by name) with depth and path. With `activeOnly`,
 * archived groups and anything still hanging below them are left out.
 */
export function toTree(rows: readonly GroupRow[], options: { activeOnly?: boolean } = {}): TreeNode[] {
  const byId = new Map(rows.map((g) => [g.id, g]));
  const children = new Map<string | null, GroupRow[]>();
  for (const g of rows) {
    const key = g.parentId !== null && byId.has(g.parentId) ? g.parentId : null;
    children.set(key, [...(children.get(key) ?? []), g]);
  }
  const out: TreeNode[] = [];
  const visited = new Set<string>();
  const walk = (g: GroupRow, depth: number, prefix: string) => {
    if (visited.has(g.id) || (options.activeOnly && g.archivedAt)) return;
    visited.add(g.id);
    const path = prefix ? `${prefix}${PATH_SEPARATOR}${g.name}` : g.name;
    out.push({ ...g, depth, path });
    for (const child of [...(children.get(g.id) ?? [])].sort(compareNames)) walk(child, depth + 1, path);
  };
  for (const root of [...(children.get(null) ?? [])].sort(compareNames)) walk(root, 0, '');
  return out;
}

/** The group itself and every group below it. */
export function descendantsAndSelf(rows: readonly GroupRow[], groupId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const g of rows) if (g.parentId) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
  const out = new Set<string>();
  const stack = [groupId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Case- and spacing-insensitive form of a path or name: "Direktion /  sundhed" → "direktion/sundhed". */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da'))
    .filter((segment) => segment !== '')
    .join('/');
}

export type PathMatch = { kind: 'found'; id: string } | { kind: 'unknown' } | { kind: 'ambiguous'; ids: string[] };

/**
 * Looks up "Direktion/Sundhed" among the active groups. Paths are compared as written by HR:
 * case-insensitively, ignoring spaces around "/". A group whose name itself contains "/" is
 * found too; only if two different groups then read the same, the path is ambiguous (the CSV
 * can name such a group by its id instead).
 */
export function pathResolver(rows: readonly GroupRow[]): (path: string) => PathMatch {
  const index = new Map<string, string[]>();
  for (const node of toTree(rows, { activeOnly: true })) {
    const key = normalisePath(node.path);
    index.set(key, [...(index.get(key) ?? []), node.id]);
  }
  return (path) => {
    const ids = index.get(normalisePath(path)) ?? [];
    if (ids.length === 0) return { kind: 'unknown' };
    if (ids.length > 1) return { kind: 'ambiguous', ids };
    return { kind: 'found', id: ids[0]! };
  };
}
