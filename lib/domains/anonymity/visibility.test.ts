import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/domains/demo/random';
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

describe('roundVisibility for a viewer who has been shown responses individually (shares count as known)', () => {
  function forViewer(submitted: Record<string, number>, known: Record<string, number>, snapshot: SnapshotGroup[]) {
    return roundVisibility({
      snapshot,
      submittedByGroup: new Map(Object.entries(submitted)),
      invitedByGroup: new Map(Object.entries(submitted)),
      knownByGroup: new Map(Object.entries(known)),
      threshold: 3,
    });
  }
  const verdict = (v: ReturnType<typeof forViewer>, groupId: string | null, alone = false) => v.view({ groupId, alone })!.verdict;

  it('hides a three-response group from the viewer two of its leaders shared with — and only from them', () => {
    const snapshot = [g('a'), g('b')];
    const manager = forViewer({ a: 3, b: 3 }, { a: 2 }, snapshot);
    expect(verdict(manager, 'a')).toBe('known-to-you');
    // The organisation minus b is a: hidden as well, else it would stand in for a.
    expect([verdict(manager, null), verdict(manager, 'b')]).toContain('known-to-you');
    const everyoneElse = forViewer({ a: 3, b: 3 }, {}, snapshot);
    expect([verdict(everyoneElse, null), verdict(everyoneElse, 'a'), verdict(everyoneElse, 'b')]).toEqual(['shown', 'shown', 'shown']);
    // The raw counts are the round's, the same for every viewer (what may be shown of them is the participation rule's).
    expect(manager.view({ groupId: 'a', alone: false })).toMatchObject({ responded: 3, invited: 3 });
  });

  it('still shows a group of five to a viewer who holds one share of it', () => {
    const v = forViewer({ a: 5 }, { a: 1 }, [g('a')]);
    expect([verdict(v, null), verdict(v, 'a')]).toEqual(['shown', 'shown']);
  });

  it('never shows a viewer what the round hides, whatever they know', () => {
    const v = forViewer({ p: 2, c: 3 }, { c: 1 }, [g('p'), g('c', 'p')]);
    expect(verdict(v, 'c')).toBe('suppressed');
    expect(verdict(v, 'p', true)).toBe('too-few');
  });

  it('hides "group alone" when the viewer knows most of the group’s own leaders', () => {
    const v = forViewer({ p: 3, c: 3 }, { p: 2 }, [g('p'), g('c', 'p')]);
    expect(verdict(v, 'p', true)).toBe('known-to-you');
    // p minus c would be "p alone" again: c gives way too, p itself (4 unseen) stays.
    expect(verdict(v, 'c')).toBe('known-to-you');
    expect(verdict(v, 'p')).toBe('shown');
  });

  it('hides a parent whose difference with the groups around it reaches the shared responses', () => {
    // g alone 3 (2 shared with the viewer), p 0 with c 3, s 4. The round shows everything; for
    // the viewer g − p − s would be g's one unseen leader, so p gives way, and then c.
    const snapshot = [g('g'), g('p', 'g'), g('c', 'p'), g('s', 'g')];
    const v = forViewer({ g: 3, c: 3, s: 4 }, { g: 2 }, snapshot);
    expect(Object.fromEntries(['g', 'p', 'c', 's'].map((id) => [id, verdict(v, id)]))).toEqual({ g: 'shown', p: 'known-to-you', c: 'known-to-you', s: 'shown' });
    const round = forViewer({ g: 3, c: 3, s: 4 }, {}, snapshot);
    expect(['g', 'p', 'c', 's'].map((id) => verdict(round, id))).toEqual(['shown', 'shown', 'shown', 'shown']);
  });

  it('leaves every region a viewer can isolate with 0 or at least threshold responses, and 0 or at least threshold they have not seen, on 2,000 random trees', () => {
    const random = seededRandom(20_261_206);
    for (let run = 0; run < 2_000; run++) {
      const threshold = 3 + Math.floor(random() * 3);
      const size = 1 + Math.floor(random() * 10);
      const snapshot: SnapshotGroup[] = [];
      const submitted: Record<string, number> = {};
      const known: Record<string, number> = {};
      for (let i = 0; i < size; i++) {
        snapshot.push(g(`n${i}`, i === 0 || random() < 0.2 ? null : `n${Math.floor(random() * i)}`));
        submitted[`n${i}`] = Math.floor(random() * 7);
        known[`n${i}`] = random() < 0.4 ? Math.floor(random() * (submitted[`n${i}`]! + 1)) : 0;
      }
      const viewer = roundVisibility({ snapshot, submittedByGroup: new Map(Object.entries(submitted)), invitedByGroup: new Map(), knownByGroup: new Map(Object.entries(known)), threshold });
      const round = roundVisibility({ snapshot, submittedByGroup: new Map(Object.entries(submitted)), invitedByGroup: new Map(), threshold });
      const context = `run ${run}: ${JSON.stringify({ threshold, snapshot, submitted, known })}`;

      // The views this viewer is shown: a subset of what the round shows everyone.
      const shown = new Set<string>();
      const refs = [
        { groupId: null, alone: false },
        ...snapshot.flatMap((s) => [
          { groupId: s.groupId, alone: false },
          { groupId: s.groupId, alone: true },
        ]),
      ];
      for (const ref of refs) {
        const state = viewer.view(ref)!;
        if (state.verdict === 'shown') shown.add(state.key);
        expect(state.verdict === 'shown' ? round.view(ref)!.verdict : 'shown', context).toBe('shown');
      }

      // An independent check: each group's own leaders are in the views that contain them; the
      // people in exactly the same shown views form what adding and subtracting can isolate.
      const parentOf = new Map(viewer.groups.map((n) => [n.groupId, n.parentGroupId]));
      const regions = new Map<string, { all: number; unseen: number }>();
      for (const s of snapshot) {
        const views = [s.groupId, `${s.groupId}:self`, '*total*'];
        for (let id = parentOf.get(s.groupId); id; id = parentOf.get(id)) views.push(id);
        const signature = views
          .filter((key) => shown.has(key) && (key !== `${s.groupId}:self` || viewer.group(s.groupId)!.childIds.length > 0))
          .sort()
          .join(',');
        if (!signature) continue;
        const region = regions.get(signature) ?? { all: 0, unseen: 0 };
        region.all += submitted[s.groupId]!;
        region.unseen += submitted[s.groupId]! - known[s.groupId]!;
        regions.set(signature, region);
      }
      for (const [signature, region] of regions) {
        expect(region.all === 0 || region.all >= threshold, `${signature} (${region.all}) in ${context}`).toBe(true);
        expect(region.unseen === 0 || region.unseen >= threshold, `${signature} (${region.unseen} unseen) in ${context}`).toBe(true);
      }
    }
  });
});

describe('roundVisibility for comments, with a higher comment threshold', () => {
  const withComments = (submitted: Record<string, number>, snapshot: SnapshotGroup[], commentThreshold: number) =>
    roundVisibility({ snapshot, submittedByGroup: new Map(Object.entries(submitted)), invitedByGroup: new Map(Object.entries(submitted)), threshold: 3, commentThreshold });

  it('shows the figures of a group with 4 answers but not its comments, and both at 5', () => {
    const four = withComments({ a: 4 }, [g('a')], 5);
    expect(four.view({ groupId: 'a', alone: false })!.verdict).toBe('shown');
    expect(four.commentsShown({ groupId: 'a', alone: false })).toBe(false);
    expect(withComments({ a: 5 }, [g('a')], 5).commentsShown({ groupId: 'a', alone: false })).toBe(true);
  });

  it('never lets a parent’s comments minus a child’s give away fewer than the comment threshold', () => {
    // Parent 8 = child of 5 + child of 3: showing both the parent's and the big child's comments would isolate the 3.
    const v = withComments({ big: 5, small: 3 }, [g('p'), g('big', 'p'), g('small', 'p')], 5);
    const shown = ['p', 'big', 'small'].filter((id) => v.commentsShown({ groupId: id, alone: false }));
    expect(shown).not.toContain('small');
    expect(shown).not.toEqual(expect.arrayContaining(['p', 'big']));
    // Figures follow their own, lower threshold.
    expect(['p', 'big', 'small'].map((id) => v.view({ groupId: id, alone: false })!.verdict)).toEqual(['shown', 'shown', 'shown']);
  });

  it('shows comments only where the figures show, and as the figures do without a comment threshold', () => {
    const v = roundVisibility({
      snapshot: [g('a'), g('b'), g('c')],
      submittedByGroup: new Map([
        ['a', 2],
        ['b', 3],
        ['c', 3],
      ]),
      invitedByGroup: new Map(),
      threshold: 3,
    });
    for (const id of ['a', 'b', 'c']) expect(v.commentsShown({ groupId: id, alone: false })).toBe(v.view({ groupId: id, alone: false })!.verdict === 'shown');
    expect(v.commentsShown({ groupId: null, alone: false })).toBe(true);
    expect(v.commentsShown({ groupId: 'unknown', alone: false })).toBe(false);
  });
});
