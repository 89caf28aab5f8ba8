import { describe, expect, it } from 'vitest';
import { roundVisibility, type SnapshotGroup } from './visibility';

const g = (groupId: string, parentGroupId: string | null = null): SnapshotGroup => ({ groupId, parentGroupId, name: groupId.toUpperCase() });

function visibility(submitted: Record<string, number>, snapshot: SnapshotGroup[], invited: Record<string, number> = submitted) {
  return roundVisibility({ snapshot, submittedByGroup: new Map(Object.entries(submitted)), invitedByGroup: new Map(Object.entries(invited)), threshold: 3 });
}

describe('roundVisibility', () => {
  it('counts a group with everything below it, and "alone" as its own leaders only', () => {
    const v = visibility({ p: 3, c: 4 }, [g('p'), g('c', 'p')], { p: 5, c: 6 });
    expect(v.view({ groupId: 'p', alone: false })).toMatchObject({ key: 'p', invited: 11, responded: 7, verdict: 'shown' });
    expect(v.view({ groupId: 'p', alone: true })).toMatchObject({ key: 'p:self', invited: 5, responded: 3, verdict: 'shown' });
    expect(v.view({ groupId: null, alone: false })).toMatchObject({ key: '*total*', invited: 11, responded: 7 });
  });

  it('weighs "group alone" against the group and its children: alone 2 next to a child of 4 hides the child', () => {
    const v = visibility({ p: 2, c: 4 }, [g('p'), g('c', 'p')]);
    expect(v.view({ groupId: 'p', alone: false })!.verdict).toBe('shown');
    expect(v.view({ groupId: 'p', alone: true })!.verdict).toBe('too-few');
    expect(v.view({ groupId: 'c', alone: false })!.verdict).toBe('suppressed');
  });

  it('answers "alone" on a group without children as the group itself', () => {
    const v = visibility({ a: 3, b: 3 }, [g('a'), g('b')]);
    expect(v.view({ groupId: 'a', alone: true })).toMatchObject({ key: 'a', ref: { groupId: 'a', alone: false } });
  });

  it('gives a group with children but no own answers nothing to show alone', () => {
    const v = visibility({ c: 3, d: 3 }, [g('p'), g('c', 'p'), g('d', 'p')]);
    expect(v.view({ groupId: 'p', alone: true })).toMatchObject({ key: 'p:self', responded: 0, verdict: 'too-few' });
    expect(v.view({ groupId: 'p', alone: false })!.verdict).toBe('shown');
  });

  it('knows only the snapshot’s groups, but counts stray answers in the total', () => {
    const v = visibility({ a: 3, stray: 2 }, [g('a')]);
    expect(v.view({ groupId: 'stray', alone: false })).toBeNull();
    expect(v.view({ groupId: null, alone: false })!.responded).toBe(5);
    // The organisation (5) minus a (3) would expose the stray two: a gives way.
    expect(v.view({ groupId: 'a', alone: false })!.verdict).toBe('suppressed');
  });

  it('lists the snapshot in tree order with depths and each view’s groups', () => {
    const v = visibility({}, [g('c', 'p'), g('p'), g('b', 'p'), g('x', 'missing-parent')]);
    expect(v.groups.map((n) => [n.groupId, n.depth, n.parentGroupId])).toEqual([
      ['p', 0, null],
      ['b', 1, 'p'],
      ['c', 1, 'p'],
      ['x', 0, null],
    ]);
    expect(v.groupIdsOf({ groupId: 'p', alone: false }).sort()).toEqual(['b', 'c', 'p']);
    expect(v.groupIdsOf({ groupId: 'p', alone: true })).toEqual(['p']);
  });
});
