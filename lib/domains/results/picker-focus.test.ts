import { describe, expect, it } from 'vitest';
import type { PickerEntry } from './dashboard';
import { PICKER_ALL_UP_TO, PICKER_MATCHES_UP_TO, focusPicker } from './picker-focus';

const counts = { reason: null, invited: 10, responded: 8, responseRate: 80 } as never;
function entry(groupId: string | null, name: string | null, parentGroupId: string | null, depth: number): PickerEntry {
  return { groupId, name, parentGroupId, depth, participation: counts, verdict: 'shown', alone: null };
}

/** The organisation, 3 directorates, each with 10 areas, each with 3 units: 3 + 30 + 90 groups. */
function region(): PickerEntry[] {
  const entries = [entry(null, null, null, 0)];
  for (let d = 1; d <= 3; d++) {
    entries.push(entry(`d${d}`, `Direktion ${d}`, null, 1));
    for (let a = 1; a <= 10; a++) {
      entries.push(entry(`d${d}a${a}`, `Område ${d}.${a}`, `d${d}`, 2));
      for (let u = 1; u <= 3; u++) entries.push(entry(`d${d}a${a}u${u}`, `Skole ${d}.${a}.${u}`, `d${d}a${a}`, 3));
    }
  }
  return entries;
}
const ids = (picker: { entries: PickerEntry[] }) => picker.entries.map((e) => e.groupId);

describe('the group picker of a large organisation', () => {
  it('lists every group of an organisation small enough to read', () => {
    const small = region().slice(0, PICKER_ALL_UP_TO);
    expect(focusPicker(small, null, undefined)).toEqual({ mode: 'all', entries: small });
  });

  it('shows the top level under the organisation when nothing is chosen', () => {
    const picker = focusPicker(region(), null, undefined);
    expect(picker).toMatchObject({ mode: 'focus', total: 123 });
    expect(ids(picker)).toEqual([null, 'd1', 'd2', 'd3']);
  });

  it('shows the top level, the way down to the chosen group, the groups beside it and those just below it, in tree order', () => {
    const areas = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `d2a${from + i}`);
    expect(ids(focusPicker(region(), 'd2a4', undefined))).toEqual([null, 'd1', 'd2', ...areas(1, 4), 'd2a4u1', 'd2a4u2', 'd2a4u3', ...areas(5, 10), 'd3']);
    expect(ids(focusPicker(region(), 'd3a2u1', undefined))).toEqual([null, 'd1', 'd2', 'd3', 'd3a2', 'd3a2u1', 'd3a2u2', 'd3a2u3']);
  });

  it('finds groups by part of their name, whatever the case and accents, up to a limit', () => {
    const found = focusPicker(region(), null, '  område 3.1');
    expect(found).toMatchObject({ mode: 'search', matches: 2, find: 'område 3.1' });
    expect(ids(found)).toEqual(['d3a1', 'd3a10']);
    const many = focusPicker(region(), null, 'SKOLE');
    expect(many).toMatchObject({ mode: 'search', matches: 90 });
    expect(many.entries).toHaveLength(PICKER_MATCHES_UP_TO);
    expect(focusPicker(region(), null, 'omrade 1.2')).toMatchObject({ matches: 1 });
  });
});
