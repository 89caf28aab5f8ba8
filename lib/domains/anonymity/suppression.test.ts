import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/domains/demo/random';
import { decideVisibility, TOTAL_ID, type Verdict, type VisibilityNode } from './suppression';

const node = (id: string, parentId: string | null, count: number): VisibilityNode => ({ id, parentId, count });

function verdicts(nodes: VisibilityNode[], threshold = 3): Record<string, Verdict> {
  return Object.fromEntries([...decideVisibility(nodes, threshold)].map(([id, v]) => [id, v.verdict]));
}

/**
 * An independent check of the promise: group people by the set of shown aggregates they are in;
 * every such class (what subtracting shown aggregates can isolate) holds at least threshold people.
 */
function smallestIsolatableGroup(nodes: VisibilityNode[], threshold: number): number {
  const result = decideVisibility(nodes, threshold);
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const classes = new Map<string, number>();
  for (const n of nodes) {
    const signature: string[] = [];
    for (let id: string | null | undefined = n.id; id; id = parentOf.get(id)) if (result.get(id)?.verdict === 'shown') signature.push(id);
    if (result.get(TOTAL_ID)?.verdict === 'shown') signature.push(TOTAL_ID);
    if (signature.length === 0 || n.count === 0) continue;
    const key = signature.sort().join(',');
    classes.set(key, (classes.get(key) ?? 0) + n.count);
  }
  return Math.min(Infinity, ...classes.values());
}

describe('decideVisibility', () => {
  it('counts each group with everyone below it', () => {
    const result = decideVisibility([node('p', null, 1), node('c', 'p', 2), node('g', 'c', 4)], 3);
    expect(result.get('p')?.subtreeCount).toBe(7);
    expect(result.get('c')?.subtreeCount).toBe(6);
    expect(result.get('g')?.subtreeCount).toBe(4);
    expect(result.get(TOTAL_ID)?.subtreeCount).toBe(7);
  });

  it('marks a group below the threshold as too few, and everything beneath it too', () => {
    expect(verdicts([node('a', null, 5), node('small', 'a', 1), node('tiny', 'small', 1)])).toMatchObject({ small: 'too-few', tiny: 'too-few' });
  });

  it('suppresses a child of 3 under a parent of 5, because the parent minus the child would show 2 people', () => {
    expect(verdicts([node('p', null, 2), node('c', 'p', 3)])).toEqual({ [TOTAL_ID]: 'shown', p: 'shown', c: 'suppressed' });
  });

  it('shows both children of 3 under a parent of 6: nothing is left over to single out', () => {
    expect(verdicts([node('p', null, 0), node('a', 'p', 3), node('b', 'p', 3)])).toEqual({ [TOTAL_ID]: 'shown', p: 'shown', a: 'shown', b: 'shown' });
  });

  it('shows a child that holds everyone of its parent (remainder 0)', () => {
    expect(verdicts([node('p', null, 0), node('c', 'p', 4)])).toEqual({ [TOTAL_ID]: 'shown', p: 'shown', c: 'shown' });
  });

  it('shows a parent and a child when the parent keeps at least the threshold for itself', () => {
    expect(verdicts([node('p', null, 3), node('c', 'p', 3)])).toMatchObject({ p: 'shown', c: 'shown' });
  });

  it('suppresses the smallest of several children until the remainder is safe, then keeps the rest', () => {
    // 8 people: 3 + 3 shown would leave the 2 in "small" exposed; hiding one 3 leaves a remainder of 5.
    const result = verdicts([node('p', null, 0), node('b', 'p', 3), node('a', 'p', 3), node('small', 'p', 2)]);
    expect(result).toEqual({ [TOTAL_ID]: 'shown', p: 'shown', a: 'suppressed', b: 'shown', small: 'too-few' });
  });

  it('prefers hiding the smaller child over the larger one', () => {
    // p = 1 + 5 + 3 = 9. Showing both children leaves 1; hiding the 3 leaves 4 (safe).
    expect(verdicts([node('p', null, 1), node('big', 'p', 5), node('mid', 'p', 3)])).toMatchObject({ p: 'shown', big: 'shown', mid: 'suppressed' });
  });

  it('re-checks the siblings after a suppression: the remainder of all shown children must be safe too', () => {
    // p = 1 + 3 + 3 + 3 = 10: hiding one child leaves 4 — safe after one step.
    const result = verdicts([node('p', null, 1), node('a', 'p', 3), node('b', 'p', 3), node('c', 'p', 3)]);
    expect(Object.values(result).filter((v) => v === 'suppressed')).toHaveLength(1);
    expect(result.a).toBe('suppressed');
  });

  it('walks a chain: a level that differs from the one above by fewer than the threshold is hidden', () => {
    // a(5) ⊃ b(4) ⊃ c(3): a−b = 1 and b−c = 1 would each expose one person.
    expect(verdicts([node('a', null, 1), node('b', 'a', 1), node('c', 'b', 3)])).toEqual({ [TOTAL_ID]: 'shown', a: 'shown', b: 'suppressed', c: 'suppressed' });
  });

  it('keeps every level of a chain that only passes people through', () => {
    expect(verdicts([node('a', null, 0), node('b', 'a', 0), node('c', 'b', 5)])).toEqual({ [TOTAL_ID]: 'shown', a: 'shown', b: 'shown', c: 'shown' });
  });

  it('looks through a suppressed group at the shown groups below it', () => {
    // p = 2 + (c = 0 + g1 4 + g2 4). Hiding c alone is not enough: p − g1 − g2 = 2.
    const result = verdicts([node('p', null, 2), node('c', 'p', 0), node('g1', 'c', 4), node('g2', 'c', 4)]);
    expect(result).toMatchObject({ p: 'shown', c: 'suppressed', g1: 'suppressed', g2: 'shown' });
    expect(smallestIsolatableGroup([node('p', null, 2), node('c', 'p', 0), node('g1', 'c', 4), node('g2', 'c', 4)], 3)).toBeGreaterThanOrEqual(3);
  });

  it('applies a higher threshold of 4 to both size and remainder', () => {
    // 7 people: the 4-group is big enough, but the organisation minus it would show 3 < 4.
    expect(verdicts([node('a', null, 4), node('b', null, 3)], 4)).toEqual({ [TOTAL_ID]: 'shown', a: 'suppressed', b: 'too-few' });
    expect(verdicts([node('a', null, 4), node('b', null, 4)], 4)).toEqual({ [TOTAL_ID]: 'shown', a: 'shown', b: 'shown' });
  });

  it('protects the organisation total against its top-level groups', () => {
    expect(verdicts([node('a', null, 5), node('b', null, 1)])).toEqual({ [TOTAL_ID]: 'shown', a: 'suppressed', b: 'too-few' });
  });

  it('shows nothing at all when the whole organisation is below the threshold', () => {
    expect(verdicts([node('a', null, 1), node('b', 'a', 1)])).toEqual({ [TOTAL_ID]: 'too-few', a: 'too-few', b: 'too-few' });
    expect(verdicts([])).toEqual({ [TOTAL_ID]: 'too-few' });
  });

  it('treats a node whose parent is not in the input as top-level (a round covering part of the tree)', () => {
    expect(verdicts([node('a', 'outside', 3), node('b', 'outside', 3)])).toEqual({ [TOTAL_ID]: 'shown', a: 'shown', b: 'shown' });
  });

  it('gives the same verdicts whatever order the groups come in', () => {
    const nodes = [node('p', null, 1), node('x', 'p', 3), node('y', 'p', 3), node('z', 'p', 3), node('q', null, 4), node('q1', 'q', 3)];
    const expected = verdicts(nodes);
    expect(verdicts([...nodes].reverse())).toEqual(expected);
    expect(verdicts([nodes[3]!, nodes[0]!, nodes[5]!, nodes[1]!, nodes[4]!, nodes[2]!])).toEqual(expected);
  });

  it('refuses a threshold below 3, whatever a caller asks for', () => {
    expect(() => decideVisibility([node('a', null, 5)], 2)).toThrow(RangeError);
    expect(() => decideVisibility([node('a', null, 5)], 3.5)).toThrow(RangeError);
  });

  it('refuses a tree with a cycle, duplicate ids or negative counts instead of guessing', () => {
    expect(() => decideVisibility([node('a', 'b', 3), node('b', 'a', 3)], 3)).toThrow(/cycle/);
    expect(() => decideVisibility([node('a', 'a', 3)], 3)).toThrow(/cycle/);
    expect(() => decideVisibility([node('a', null, 3), node('a', null, 3)], 3)).toThrow(/Duplicate/);
    expect(() => decideVisibility([node('a', null, -1)], 3)).toThrow(/count/);
  });

  it('never lets shown aggregates isolate fewer than threshold people, on 2,000 random trees', () => {
    const random = seededRandom(20_270_301);
    for (let run = 0; run < 2_000; run++) {
      const threshold = 3 + Math.floor(random() * 3);
      const size = 1 + Math.floor(random() * 12);
      const nodes: VisibilityNode[] = [];
      for (let i = 0; i < size; i++) {
        const parent = i === 0 || random() < 0.2 ? null : `n${Math.floor(random() * i)}`;
        nodes.push(node(`n${i}`, parent, Math.floor(random() * 6)));
      }
      const result = decideVisibility(nodes, threshold);
      for (const [id, v] of result) {
        expect(v.verdict === 'too-few', `${id} in run ${run}`).toBe(v.subtreeCount < threshold);
      }
      expect(smallestIsolatableGroup(nodes, threshold), `run ${run}: ${JSON.stringify(nodes)}`).toBeGreaterThanOrEqual(threshold);
    }
  });
});
