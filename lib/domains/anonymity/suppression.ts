/**
 * The anonymity rule: which groups of a tree may show an aggregate, given how many people are in
 * each group. It is the ONE home of this rule — the round preview feeds it leader counts ("could
 * this group show results if everyone answers?"), the results pages feed it answer counts.
 * See docs/decisions/0005-anonymity-rule.md.
 *
 * Rule
 * ────
 * 1. Every group's count is its subtree count: its own people plus everyone below it.
 *    The whole tree sits under one virtual node, the total (the organisation or the round).
 * 2. A node whose subtree count is below the threshold is 'too-few'. Everything below it is then
 *    below the threshold too.
 * 3. Differencing: a shown node minus the shown nodes directly beneath it (its "frontier": the
 *    nearest shown descendants, looking through suppressed ones) is a group of people nobody
 *    chose to show. That remainder must be 0 (fully covered) or at least the threshold; otherwise
 *    subtracting the visible aggregates would single out fewer than threshold people.
 *    While a remainder is in 1…threshold−1, the smallest frontier node (ties: the lowest id) is
 *    'suppressed' — hidden although it is large enough — and the check repeats with the new
 *    frontier (the suppressed node's own shown descendants join it). Nodes are processed from
 *    the top down, so larger aggregates survive and smaller ones give way.
 * 4. Suppressing a frontier node only changes the remainder of the node being checked (every
 *    other shown node keeps its frontier), so one top-down pass reaches the fixed point. Then
 *    every non-empty region that any combination of shown aggregates can isolate — each is a
 *    union of "shown node minus its frontier" regions — holds at least threshold people.
 *
 * The total itself is reported under `TOTAL_ID`; it follows the same rule as any node.
 */

export const MIN_ANONYMITY_THRESHOLD = 3;

/** The key of the virtual node above every top-level group: the organisation's (or round's) total. */
export const TOTAL_ID = '*total*';

export type Verdict = 'shown' | 'too-few' | 'suppressed';

export interface VisibilityNode {
  id: string;
  /** null, or an id not among the nodes: a top-level node (a child of the total). */
  parentId: string | null;
  /** People counted in this group itself (not below it): leaders, or answers. */
  count: number;
}

export interface Visibility {
  subtreeCount: number;
  verdict: Verdict;
}

interface TreeNode {
  id: string;
  count: number;
  children: TreeNode[];
  subtree: number;
  verdict: Verdict;
}

function buildTree(nodes: readonly VisibilityNode[]): TreeNode {
  const total: TreeNode = { id: TOTAL_ID, count: 0, children: [], subtree: 0, verdict: 'too-few' };
  const byId = new Map<string, TreeNode>();
  for (const node of nodes) {
    if (node.id === TOTAL_ID || byId.has(node.id)) throw new Error(`Duplicate node id ${node.id}`);
    if (!Number.isInteger(node.count) || node.count < 0) throw new Error(`Invalid count for ${node.id}`);
    byId.set(node.id, { id: node.id, count: node.count, children: [], subtree: 0, verdict: 'too-few' });
  }
  for (const node of nodes) {
    const parent = (node.parentId !== null && byId.get(node.parentId)) || total;
    parent.children.push(byId.get(node.id)!);
  }
  // Children sorted once so every later choice is deterministic whatever the input order.
  const seen = new Set<string>();
  const sum = (node: TreeNode): number => {
    if (seen.has(node.id)) throw new Error(`The group tree has a cycle at ${node.id}`);
    seen.add(node.id);
    node.children.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    node.subtree = node.count + node.children.reduce((acc, child) => acc + sum(child), 0);
    return node.subtree;
  };
  sum(total);
  // A node unreachable from the total sits on a cycle (its parent chain never ends).
  if (seen.size !== nodes.length + 1) throw new Error('The group tree has a cycle');
  return total;
}

/** The nearest shown nodes below `node`, looking through suppressed ones. */
function frontier(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  for (const child of node.children) {
    if (child.verdict === 'shown') out.push(child);
    else if (child.verdict === 'suppressed') out.push(...frontier(child));
  }
  return out;
}

function smallest(nodes: TreeNode[]): TreeNode {
  return nodes.reduce((best, n) => (n.subtree < best.subtree || (n.subtree === best.subtree && n.id < best.id) ? n : best));
}

/**
 * The verdict for every node and for the total (under TOTAL_ID). Throws on a threshold below
 * MIN_ANONYMITY_THRESHOLD, negative counts, duplicate ids or a cyclic tree.
 */
export function decideVisibility(nodes: readonly VisibilityNode[], threshold: number): Map<string, Visibility> {
  if (!Number.isInteger(threshold) || threshold < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(`The anonymity threshold must be a whole number of at least ${MIN_ANONYMITY_THRESHOLD}`);
  }
  const total = buildTree(nodes);

  const mark = (node: TreeNode): void => {
    node.verdict = node.subtree >= threshold ? 'shown' : 'too-few';
    node.children.forEach(mark);
  };
  mark(total);

  // Top-down, breadth-first: a parent settles its remainder before its children settle theirs.
  const queue: TreeNode[] = [total];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node.verdict === 'shown') {
      for (;;) {
        const shownBelow = frontier(node);
        const remainder = node.subtree - shownBelow.reduce((acc, n) => acc + n.subtree, 0);
        if (remainder === 0 || remainder >= threshold || shownBelow.length === 0) break;
        smallest(shownBelow).verdict = 'suppressed';
      }
    }
    queue.push(...node.children);
  }

  const result = new Map<string, Visibility>();
  const collect = (node: TreeNode): void => {
    result.set(node.id, { subtreeCount: node.subtree, verdict: node.verdict });
    node.children.forEach(collect);
  };
  collect(total);
  return result;
}
