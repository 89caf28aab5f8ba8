import { decideVisibility, TOTAL_ID, type Verdict, type VisibilityNode } from './suppression';
import { toTree } from '@/lib/domains/groups/tree';
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

/**
 * What a view is for ONE viewer: the round's verdict — or 'known-to-you', a view the round shows
 * that is hidden from this viewer alone, because leaders in it shared their own balance with
 * them and the figures would then tell them what the others answered.
 */
export type ViewVerdict = Verdict | 'known-to-you';

export interface ViewState {
  key: string;
  ref: ViewRef;
  verdict: ViewVerdict;
  /** Invitations in the view's population: raw; what a page may show of them is lib/domains/results/participation.ts's to say. */
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
  /**
   * Whether the view's free-text comments may show: its figures show to this viewer AND the same
   * rule, run with the round's comment threshold, shows it (see commentThreshold).
   */
  commentsShown(ref: ViewRef): boolean;
  /** The snapshot groups whose responses make up the view. */
  groupIdsOf(ref: ViewRef): string[];
  /** A group and every snapshot group below it. */
  subtreeIds(groupId: string): string[];
}

export interface VisibilityInput {
  snapshot: readonly SnapshotGroup[];
  invitedByGroup: ReadonlyMap<string, number>;
  submittedByGroup: ReadonlyMap<string, number>;
  /**
   * Submitted responses this viewer has been shown individually, per snapshot group (the balances
   * its leaders shared with them: lib/domains/results/known-responses.ts). Absent or empty: none.
   */
  knownByGroup?: ReadonlyMap<string, number>;
  threshold: number;
  /**
   * Submitted responses a view needs before its comments show (≥ threshold); absent: threshold.
   * Comments get a rule run of their own, not a plain count: with a count alone, a parent of 8
   * and a child of 5 would both show comments, and the parent's minus the child's would be the
   * comments of the other 3. The run's shown views leave 0 or at least this many in every
   * difference, and comments show only where figures show too, which only ever hides more.
   */
  commentThreshold?: number;
}

/**
 * The rule's tree for one count per group. A group with children AND its own respondents gets a
 * virtual child "<id>:self" holding its own count, and the group itself holds 0: then "group
 * alone" is one more aggregate the rule weighs against the group and its children, and cannot
 * open a differencing hole. Where the self nodes go follows the SUBMITTED answers, so every run
 * of the rule over the same round weighs the same aggregates, whatever it counts in them.
 */
function ruleNodes(groups: readonly RoundGroupNode[], snapshotIds: ReadonlySet<string>, submitted: ReadonlyMap<string, number>, count: (groupId: string) => number): VisibilityNode[] {
  const nodes: VisibilityNode[] = [];
  for (const node of groups) {
    if (node.childIds.length > 0 && (submitted.get(node.groupId) ?? 0) > 0) {
      nodes.push({ id: node.groupId, parentId: node.parentGroupId, count: 0 });
      nodes.push({ id: `${node.groupId}${SELF_SUFFIX}`, parentId: node.groupId, count: count(node.groupId) });
    } else {
      nodes.push({ id: node.groupId, parentId: node.parentGroupId, count: count(node.groupId) });
    }
  }
  // Answers from a group missing in the snapshot (should not happen) still count in the total,
  // as a top-level node of their own, so the total's count is never understated.
  for (const [groupId, n] of submitted) {
    if (!snapshotIds.has(groupId) && n > 0) nodes.push({ id: groupId, parentId: null, count: count(groupId) });
  }
  return nodes;
}

/**
 * Feeds the round's snapshot tree and its SUBMITTED-response counts to the one anonymity rule
 * (lib/domains/anonymity/suppression.ts). The round's verdicts are decided once for the whole round, the
 * same for everyone, so two people with different access can never subtract each other's figures.
 *
 * Shares count as known (decision 0005, "Shares count as known"). A manager two of whose three
 * leaders shared their balance with them would subtract both from the group's figures and read
 * the third leader's answers. So for a viewer who has been shown responses individually the rule
 * runs a second time, on the responses they have NOT been shown (submitted − known, per group),
 * and a view is shown to them only if BOTH runs show it. That only ever hides more, never shows
 * more, so the round-wide property above still holds. And it is enough: each run's shown views
 * form a laminar family whose regions (a shown node minus its nearest shown descendants) hold 0 or
 * at least threshold people — raw in the first run, not yet seen by this viewer in the second. Any
 * subset of such a family isolates only unions of its regions, and the intersection is a subset of
 * both families; so whatever this viewer can isolate holds 0 or at least threshold responses, and
 * 0 or at least threshold responses they have not been shown.
 */
export function roundVisibility(input: VisibilityInput): RoundVisibility {
  const inSnapshot = new Set(input.snapshot.map((g) => g.groupId));
  const tree = toTree(input.snapshot.map((g) => ({ id: g.groupId, parentId: g.parentGroupId, name: g.name, archivedAt: null })));
  const nodes = new Map<string, RoundGroupNode>();
  for (const g of tree) {
    const parentGroupId = g.parentId !== null && inSnapshot.has(g.parentId) ? g.parentId : null;
    nodes.set(g.id, { groupId: g.id, parentGroupId, name: g.name, depth: g.depth, childIds: [] });
  }
  for (const node of nodes.values()) if (node.parentGroupId) nodes.get(node.parentGroupId)!.childIds.push(node.groupId);
  const groups = tree.map((g) => nodes.get(g.id)!);

  const own = (map: ReadonlyMap<string, number>, id: string) => map.get(id) ?? 0;
  const submitted = input.submittedByGroup;
  const verdicts = decideVisibility(
    ruleNodes(groups, inSnapshot, submitted, (id) => own(submitted, id)),
    input.threshold,
  );
  const knownByGroup = input.knownByGroup ?? new Map<string, number>();
  const anyKnown = [...knownByGroup.values()].some((n) => n > 0);
  const unseen = anyKnown
    ? decideVisibility(
        ruleNodes(groups, inSnapshot, submitted, (id) => Math.max(0, own(submitted, id) - own(knownByGroup, id))),
        input.threshold,
      )
    : null;
  const commentThreshold = input.commentThreshold ?? input.threshold;
  const commentVerdicts =
    commentThreshold > input.threshold
      ? decideVisibility(
          ruleNodes(groups, inSnapshot, submitted, (id) => own(submitted, id)),
          commentThreshold,
        )
      : verdicts;
  const verdictOf = (key: string): ViewVerdict => {
    // A group with children and no own answers has no "self" node: nothing to show alone.
    const round = verdicts.get(key)?.verdict ?? 'too-few';
    if (round !== 'shown' || !unseen) return round;
    return unseen.get(key)?.verdict === 'shown' ? 'shown' : 'known-to-you';
  };

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
    if (n.groupId === null) return [...new Set([...inSnapshot, ...input.submittedByGroup.keys()])];
    return n.alone ? [n.groupId] : subtreeIds(n.groupId);
  };

  return {
    threshold: input.threshold,
    groups,
    group: (groupId) => nodes.get(groupId),
    groupIdsOf,
    subtreeIds,
    commentsShown(ref) {
      const n = normalise(ref);
      if (!n) return false;
      const key = n.groupId === null ? TOTAL_ID : viewKeyOf(n);
      return verdictOf(key) === 'shown' && commentVerdicts.get(key)?.verdict === 'shown';
    },
    view(ref) {
      const n = normalise(ref);
      if (!n) return null;
      const key = viewKeyOf(n);
      if (n.groupId === null) {
        return { key, ref: n, verdict: verdictOf(TOTAL_ID), invited: allInvited, responded: allSubmitted };
      }
      const ids = groupIdsOf(n);
      const responded = sum(input.submittedByGroup, ids);
      return { key, ref: n, verdict: verdictOf(key), invited: sum(input.invitedByGroup, ids), responded };
    },
  };
}
