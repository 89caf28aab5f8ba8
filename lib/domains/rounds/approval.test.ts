import { describe, expect, it } from 'vitest';
import { roundFingerprint } from './approval';
import type { Invitee, RoundInvitees } from './invitees';

const at = new Date('2026-01-01T00:00:00Z');
const leader = (id: string, groupId: string, email = `${id}@example.test`, name = `Leder ${id}`): Invitee => ({
  id,
  groupId,
  name,
  email,
  locale: null,
  createdAt: at,
  groupSince: at,
  emailChangedAt: null,
});
const invitees = (leaders: Invitee[], name = 'Teknik'): RoundInvitees => ({
  covered: [
    { id: 'g1', parentId: null, name: 'Direktion', depth: 0 },
    { id: 'g2', parentId: 'g1', name, depth: 1 },
  ],
  leaders,
});
const draft = { anonymityThreshold: 3, groupIds: ['g1'] };
const base = invitees([leader('a', 'g2'), leader('b', 'g2'), leader('c', 'g1')]);

describe('the fingerprint of what opening a round would do', () => {
  it('does not depend on the order things were read in', () => {
    const shuffled: RoundInvitees = { covered: [...base.covered].reverse(), leaders: [...base.leaders].reverse() };
    expect(roundFingerprint({ ...draft, groupIds: ['g1', 'g1'] }, shuffled)).toBe(roundFingerprint(draft, base));
  });

  it('changes with every change a padded group could hide behind', () => {
    const original = roundFingerprint(draft, base);
    const variants = {
      added: invitees([...base.leaders, leader('d', 'g2')]),
      removed: invitees(base.leaders.slice(1)),
      moved: invitees([leader('a', 'g1'), leader('b', 'g2'), leader('c', 'g1')]),
      readdressed: invitees([leader('a', 'g2', 'a@hr-controls.example'), leader('b', 'g2'), leader('c', 'g1')]),
      renamedLeader: invitees([leader('a', 'g2', 'a@example.test', 'Someone else'), leader('b', 'g2'), leader('c', 'g1')]),
      renamedGroup: invitees(base.leaders, 'Teknik og Miljø'),
    };
    for (const [change, changed] of Object.entries(variants)) expect(roundFingerprint(draft, changed), change).not.toBe(original);
    expect(roundFingerprint({ ...draft, anonymityThreshold: 4 }, base)).not.toBe(original);
    expect(roundFingerprint({ ...draft, groupIds: ['g1', 'g2'] }, base)).not.toBe(original);
  });
});
