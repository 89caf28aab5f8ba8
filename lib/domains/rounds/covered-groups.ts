import { toTree, type GroupRow } from '@/lib/domains/groups/tree';

/**
 * The groups a round covers: each chosen group with everything below it, in tree order, each
 * with its parent inside the covered set (null above the covered roots). Archived groups — and
 * what hangs below them — are left out: nobody is invited through an archived group.
 */
export type TreeGroup = GroupRow;

export interface CoveredGroup {
  id: string;
  /** The parent within the covered set; null for a covered root. */
  parentId: string | null;
  name: string;
  /** Depth below the covered root it hangs from. */
  depth: number;
}

export function coveredGroups(all: readonly TreeGroup[], chosenIds: readonly string[]): CoveredGroup[] {
  const chosen = new Set(chosenIds);
  const depthOf = new Map<string, number>();
  const out: CoveredGroup[] = [];
  // toTree lists parents before their children, so a parent's membership is known in time.
  for (const group of toTree(all, { activeOnly: true })) {
    const parentDepth = group.parentId !== null ? depthOf.get(group.parentId) : undefined;
    if (parentDepth === undefined && !chosen.has(group.id)) continue;
    const depth = parentDepth === undefined ? 0 : parentDepth + 1;
    depthOf.set(group.id, depth);
    out.push({ id: group.id, parentId: parentDepth === undefined ? null : group.parentId, name: group.name, depth });
  }
  return out;
}

/** Every active group of the organisation in tree order with its depth (the form's checkbox tree). */
export function groupTree(all: readonly TreeGroup[]): CoveredGroup[] {
  return toTree(all, { activeOnly: true }).map((g) => ({ id: g.id, parentId: g.parentId, name: g.name, depth: g.depth }));
}
