import { decideVisibility, TOTAL_ID, type Verdict, type VisibilityNode } from '@/lib/anonymity/suppression';
import { toTree } from '@/lib/groups/tree';
import { SELF_SUFFIX, viewKeyOf, type ViewRef } from './view-keys';

/** One group of a round's snapshot (RoundGroup): the tree as it was when the round opened. */
export interface SnapshotGroup {
  groupId: string;
  parentGroupId: string | null;
  name: string;
}

export interface RoundGroupNode {
  groupId: string;
  /** The parent inside the snapshot; null for a top-level group of the round. */
  parentGroupId: string | null;
  name: string;
  depth: number;
  childIds: string[];
}

export interface ViewState {
  key: string;
  ref: ViewRef;
  verdict: Verdict;
  /** Invitations in the view's population. Counts are not answers: shown for every view. */
  invited: number;
  /** Submitted responses in the view's population. */
  responded: number;
}

export interface RoundVisibility {
  threshold: number;
  /** The snapshot in tree order (parents first, siblings by name). */
  groups: RoundGroupNode[];
  group(groupId: string): RoundGroupNode | undefined;
  /**
   * The verdict and counts of a view, or null for a group outside the snapshot. "Alone" on a
   * group without children is the same population as the group itself and is answered as such.
   */
  view(ref: ViewRef): ViewState | null;
  /** The snapshot groups whose responses make up the view. */
  groupIdsOf(ref: ViewRef): string[];
  /** A group and every snapshot group below it. */
  subtreeIds(groupId: string): string[];
}

export interface VisibilityInput {
  snapshot: readonly SnapshotGroup[];
  invitedByGroup: ReadonlyMap<string, number>;
  submittedByGroup: ReadonlyMap<string, number>;
  threshold: number;
}

/**
 * Feeds the round's snapshot tree and its SUBMITTED-response counts to the one anonymity rule
 * (lib/anonymity/suppression.ts). A group with children AND its own respondents gets a virtual
 * child "<id>:self" holding its own count, and the group itself holds 0: then "group alone" is
 * one more aggregate the rule weighs against the group and its children, and cannot open a
 * differencing hole. The verdicts are decided once for the whole round — never per viewer —
 * so two people with different access can never subtract each other's figures.
 */
export function roundVisibility(input: VisibilityInput): RoundVisibility {
  const known = new Set(input.snapshot.map((g) => g.groupId));
  const tree = toTree(input.snapshot.map((g) => ({ id: g.groupId, parentId: g.parentGroupId, name: g.name, archivedAt: null })));
  const nodes = new Map<string, RoundGroupNode>();
  for (const g of tree) {
    const parentGroupId = g.parentId !== null && known.has(g.parentId) ? g.parentId : null;
    nodes.set(g.id, { groupId: g.id, parentGroupId, name: g.name, depth: g.depth, childIds: [] });
  }
  for (const node of nodes.values()) if (node.parentGroupId) nodes.get(node.parentGroupId)!.childIds.push(node.groupId);
  const groups = tree.map((g) => nodes.get(g.id)!);

  const own = (map: ReadonlyMap<string, number>, id: string) => map.get(id) ?? 0;
  const ruleNodes: VisibilityNode[] = [];
  for (const node of groups) {
    const count = own(input.submittedByGroup, node.groupId);
    if (node.childIds.length > 0 && count > 0) {
      ruleNodes.push({ id: node.groupId, parentId: node.parentGroupId, count: 0 });
      ruleNodes.push({ id: `${node.groupId}${SELF_SUFFIX}`, parentId: node.groupId, count });
    } else {
      ruleNodes.push({ id: node.groupId, parentId: node.parentGroupId, count });
    }
  }
  // Answers from a group missing in the snapshot (should not happen) still count in the total,
  // as a top-level node of their own, so the total's count is never understated.
  for (const [groupId, count] of input.submittedByGroup) {
    if (!known.has(groupId) && count > 0) ruleNodes.push({ id: groupId, parentId: null, count });
  }
  const verdicts = decideVisibility(ruleNodes, input.threshold);

  const subtreeIds = (groupId: string): string[] => {
    const out: string[] = [];
    const walk = (id: string) => {
      out.push(id);
      for (const child of nodes.get(id)?.childIds ?? []) walk(child);
    };
    if (nodes.has(groupId)) walk(groupId);
    return out;
  };
  const sum = (map: ReadonlyMap<string, number>, ids: readonly string[]) => ids.reduce((acc, id) => acc + own(map, id), 0);
  const allInvited = [...input.invitedByGroup.values()].reduce((a, b) => a + b, 0);
  const allSubmitted = [...input.submittedByGroup.values()].reduce((a, b) => a + b, 0);

  const normalise = (ref: ViewRef): ViewRef | null => {
    if (ref.groupId === null) return { groupId: null, alone: false };
    const node = nodes.get(ref.groupId);
    if (!node) return null;
    return { groupId: node.groupId, alone: ref.alone && node.childIds.length > 0 };
  };
  const groupIdsOf = (ref: ViewRef): string[] => {
    const n = normalise(ref);
    if (!n) return [];
    if (n.groupId === null) return [...new Set([...known, ...input.submittedByGroup.keys()])];
    return n.alone ? [n.groupId] : subtreeIds(n.groupId);
  };

  return {
    threshold: input.threshold,
    groups,
    group: (groupId) => nodes.get(groupId),
    groupIdsOf,
    subtreeIds,
    view(ref) {
      const n = normalise(ref);
      if (!n) return null;
      const key = viewKeyOf(n);
      if (n.groupId === null) {
        return { key, ref: n, verdict: verdicts.get(TOTAL_ID)!.verdict, invited: allInvited, responded: allSubmitted };
      }
      const ids = groupIdsOf(n);
      const responded = sum(input.submittedByGroup, ids);
      // A group with children and no own answers has no "self" node: nothing to show alone.
      const verdict = verdicts.get(key)?.verdict ?? 'too-few';
      return { key, ref: n, verdict, invited: sum(input.invitedByGroup, ids), responded };
    },
  };
}
