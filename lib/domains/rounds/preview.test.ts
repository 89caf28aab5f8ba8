import { describe, expect, it } from 'vitest';
import type { Invitee, RoundInvitees } from './invitees';
import { previewOf } from './preview';

const NOW = new Date('2027-03-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

let n = 0;
function leader(groupId: string, overrides: Partial<Invitee> = {}): Invitee {
  n++;
  return { id: `l${n}`, groupId, name: `Leder ${n}`, email: `l${n}@example.test`, locale: null, createdAt: daysAgo(400), groupSince: daysAgo(400), emailChangedAt: null, ...overrides };
}

/** Direktion ⊃ Teknik (one established leader) and Sundhed. */
function tree(leaders: Invitee[]): RoundInvitees {
  return {
    covered: [
      { id: 'dir', parentId: null, name: 'Direktion', depth: 0 },
      { id: 'sun', parentId: 'dir', name: 'Sundhed', depth: 1 },
      { id: 'tek', parentId: 'dir', name: 'Teknik', depth: 1 },
    ],
    leaders,
  };
}

describe('who joined a group lately, in the preview', () => {
  it('tells an added leader from one moved in or restored, and lists a new address', () => {
    const preview = previewOf(
      tree([
        leader('tek'),
        leader('tek', { name: 'Ny', createdAt: daysAgo(2), groupSince: daysAgo(2) }),
        leader('tek', { name: 'Flyttet', createdAt: daysAgo(300), groupSince: daysAgo(5) }),
        leader('tek', { name: 'Ny adresse', emailChangedAt: daysAgo(1) }),
        leader('tek', { name: 'Længe siden', createdAt: daysAgo(31), groupSince: daysAgo(31) }),
      ]),
      3,
      NOW,
    );
    const teknik = preview.groups.find((g) => g.id === 'tek')!;
    expect(teknik.recent.map((l) => [l.name, l.changes.map((c) => c.kind)])).toEqual([
      ['Ny adresse', ['readdressed']],
      ['Ny', ['added']],
      ['Flyttet', ['moved']],
    ]);
    expect(teknik.path).toBe('Direktion / Teknik');
    expect(preview.recentLeaders).toBe(3);
  });

  it('flags a group that can show results only thanks to newcomers — itself or through its parent', () => {
    const padded = tree([leader('tek'), leader('tek', { createdAt: daysAgo(1), groupSince: daysAgo(1) }), leader('tek', { createdAt: daysAgo(1), groupSince: daysAgo(1) })]);
    const preview = previewOf(padded, 3, NOW);
    expect(preview.groups.map((g) => [g.name, g.verdict, g.recentLeaders, g.dependsOnNewcomers])).toEqual([
      ['Direktion', 'shown', 2, true],
      ['Sundhed', 'too-few', 0, false],
      ['Teknik', 'shown', 2, true],
    ]);
  });

  it('does not flag a group that is big enough without its newcomers', () => {
    const established = tree([leader('tek'), leader('tek'), leader('tek'), leader('tek', { createdAt: daysAgo(1), groupSince: daysAgo(1) })]);
    expect(previewOf(established, 3, NOW).groups.find((g) => g.id === 'tek')).toMatchObject({ verdict: 'shown', recentLeaders: 1, dependsOnNewcomers: false });
  });
});
