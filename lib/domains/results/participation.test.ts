import { describe, expect, it } from 'vitest';
import { participationRule } from './participation';
import type { SnapshotGroup } from '@/lib/domains/anonymity/visibility';

const g = (groupId: string, parentGroupId: string | null = null): SnapshotGroup => ({ groupId, parentGroupId, name: groupId.toUpperCase() });

/** Region ⊃ A, B, C — the snapshot of every case below. */
const snapshot = [g('region'), g('a', 'region'), g('b', 'region'), g('c', 'region')];

function rule(invited: Record<string, number>, submitted: Record<string, number>, closed = false) {
  return participationRule({ snapshot, invitedByGroup: new Map(Object.entries(invited)), submittedByGroup: new Map(Object.entries(submitted)), threshold: 3 }, closed);
}

const of = (r: ReturnType<typeof rule>, groupId: string | null) => r.of({ groupId, alone: false });
const shown = (invited: number, responded: number, responseRate: number) => ({ reason: null, invited, responded, responseRate });
const fewerThan = { reason: 'too-few', invited: 'fewer-than-threshold', responded: null, responseRate: null };
const hidden = { reason: 'suppressed', invited: null, responded: null, responseRate: null };

describe('participationRule', () => {
  it('decides by how many were invited, not by how many have answered so far', () => {
    const r = rule({ a: 5, b: 3, c: 2 }, { a: 1, b: 0, c: 2 });
    expect(of(r, 'a')).toEqual(shown(5, 1, 20));
    // Region 10 − A 5 − B 3 would be C's 2: B gives way, C is too few.
    expect(of(r, 'b')).toEqual(hidden);
    expect(of(r, 'c')).toEqual(fewerThan);
  });

  it('always shows the total, also below the threshold', () => {
    const r = rule({ a: 2 }, { a: 1 });
    expect(of(r, null)).toEqual(shown(2, 1, 50));
    expect(r.total()).toEqual(shown(2, 1, 50));
    expect(of(r, 'a')).toEqual(fewerThan);
  });

  it('once closed, shows the counts of a view whose figures show — they are part of its figures', () => {
    const invited = { a: 5, b: 3, c: 2 };
    const submitted = { a: 3, b: 3, c: 0 };
    expect(of(rule(invited, submitted, false), 'b')).toEqual(hidden);
    expect(of(rule(invited, submitted, true), 'b')).toEqual(shown(3, 3, 100));
    // A hidden view's counts still follow the rule on invited counts.
    expect(of(rule(invited, { a: 4, b: 3, c: 1 }, true), 'b')).toEqual(hidden);
  });

  it('answers null for a group outside the snapshot', () => {
    expect(rule({ a: 3 }, {}).of({ groupId: 'elsewhere', alone: false })).toBeNull();
  });
});
