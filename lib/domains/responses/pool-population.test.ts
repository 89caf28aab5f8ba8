import { describe, expect, it } from 'vitest';
import { roundVisibility, type SnapshotGroup } from '@/lib/domains/anonymity/visibility';
import { countedInChain, poolPopulation } from './pool-population';

const g = (groupId: string, parentGroupId: string | null = null): SnapshotGroup => ({ groupId, parentGroupId, name: groupId });

/** The preview's question: the invited counts fed as if everyone answered. */
function invited(counts: Record<string, number>, snapshot: SnapshotGroup[], threshold = 3) {
  const byGroup = new Map(Object.entries(counts));
  return roundVisibility({ snapshot, invitedByGroup: byGroup, submittedByGroup: byGroup, threshold });
}

//   dir (1)
//   ├── sund (3)
//   │   └── pleje (3)
//   └── tek (2)
const tree = [g('dir'), g('sund', 'dir'), g('pleje', 'sund'), g('tek', 'dir')];

describe('the population a leader is pooled in', () => {
  it('counts the answers in the own group, then each group above it, nearest first', () => {
    expect(countedInChain(invited({ dir: 1, sund: 3, pleje: 3, tek: 2 }, tree), 'pleje')).toEqual(['pleje', 'sund', 'dir']);
    expect(countedInChain(invited({ a: 3 }, [g('a')]), 'not-in-the-snapshot')).toEqual([]);
  });

  it('is the own group when it can be shown on its own', () => {
    expect(poolPopulation(invited({ dir: 1, sund: 3, pleje: 3, tek: 2 }, tree), 'pleje')).toEqual({ ref: { groupId: 'pleje', alone: false }, shown: true });
  });

  it('is the group alone when the group has groups below it and may be shown without them', () => {
    expect(poolPopulation(invited({ dir: 1, sund: 3, pleje: 3, tek: 3 }, tree), 'sund')).toEqual({ ref: { groupId: 'sund', alone: true }, shown: true });
  });

  it('is the group with everything below it when "alone" is too small', () => {
    expect(poolPopulation(invited({ dir: 1, sund: 2, pleje: 3, tek: 3 }, tree), 'sund')).toEqual({ ref: { groupId: 'sund', alone: false }, shown: true });
  });

  it('is the nearest group above that can be shown when the own group is too small', () => {
    expect(poolPopulation(invited({ dir: 1, sund: 3, pleje: 3, tek: 2 }, tree), 'tek')).toEqual({ ref: { groupId: 'dir', alone: false }, shown: true });
  });

  it('passes over groups the rule suppresses to protect a smaller one', () => {
    // dir (8) minus sund (6) would expose tek's two, so sund gives way, and then pleje (3) beside sund alone (3).
    const v = invited({ sund: 3, pleje: 3, tek: 2 }, tree);
    expect(v.view({ groupId: 'sund', alone: false })!.verdict).toBe('suppressed');
    expect(v.view({ groupId: 'pleje', alone: false })!.verdict).toBe('suppressed');
    expect(poolPopulation(v, 'pleje')).toEqual({ ref: { groupId: 'dir', alone: false }, shown: true });
    expect(poolPopulation(v, 'sund')).toEqual({ ref: { groupId: 'sund', alone: true }, shown: true });
  });

  it('is the whole round when no group of the chain can be shown, and says whether even that can', () => {
    expect(poolPopulation(invited({ a: 2, b: 2 }, [g('a'), g('b')]), 'a')).toEqual({ ref: { groupId: null, alone: false }, shown: true });
    expect(poolPopulation(invited({ a: 2 }, [g('a')]), 'a')).toEqual({ ref: { groupId: null, alone: false }, shown: false });
    expect(poolPopulation(invited({ stray: 4 }, []), 'stray')).toEqual({ ref: { groupId: null, alone: false }, shown: true });
  });
});
