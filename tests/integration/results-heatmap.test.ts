import { describe, expect, it } from 'vitest';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { HEATMAP_ALL_GROUPS_UP_TO } from '@/lib/domains/results/heatmap';
import { createResultsOrg, createResultsRound, resultsViewer, same, type GroupSpec } from '../fixtures/results';

/** A tree of 1 + 7 + 56 = 64 groups, three answers in each: more than the heatmap shows at once. */
function wideTree(): GroupSpec[] {
  const answers = same(3, { strain: 3, resource: 3 });
  const tree: GroupSpec[] = [{ key: 'Region', answers }];
  for (let c = 1; c <= 7; c++) {
    tree.push({ key: `Område ${c}`, parent: 'Region', answers });
    for (let g = 1; g <= 8; g++) tree.push({ key: `Enhed ${c}.${g}`, parent: `Område ${c}`, answers });
  }
  return tree;
}

describe('the heatmap of a large organisation', () => {
  it('shows every group up to the limit, then the chosen group and two levels below it, and says so', async () => {
    const org = await createResultsOrg('Region');
    const tree = wideTree();
    expect(tree.length).toBeGreaterThan(HEATMAP_ALL_GROUPS_UP_TO);
    const { roundId } = await createResultsRound(org, tree);
    const hr = await resultsViewer(org, 'HR_ADMIN');

    const top = (await getResultsDashboard(hr, roundId, {})).heatmap!;
    // Region holds every leader: the whole organisation's column, shown once and saying so.
    expect(top.columns.map((c) => c.name)).toEqual([null, ...Array.from({ length: 7 }, (_, i) => `Område ${i + 1}`)]);
    expect(top.columns[0]!.same).toEqual(['Region']);
    expect(top.focus).toEqual({ groupName: null, levels: 2, shown: 8, total: 64 });

    const area = (await getResultsDashboard(hr, roundId, { groupId: org.groups['Område 3']! })).heatmap!;
    expect(area.columns.map((c) => c.name)).toEqual([null, 'Område 3', ...Array.from({ length: 8 }, (_, i) => `Enhed 3.${i + 1}`)]);
    expect(area.focus).toMatchObject({ groupName: 'Område 3', shown: 9, total: 64 });
  });

  it('shows every group of an organisation within the limit', async () => {
    const org = await createResultsOrg('Kommune');
    const { roundId } = await createResultsRound(org, wideTree().slice(0, 20));
    const heatmap = (await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), roundId, {})).heatmap!;
    // 20 groups and the whole organisation, which Region (the top of the tree) is the same as.
    expect(heatmap.columns).toHaveLength(20);
    expect(heatmap.columns.map((c) => c.same)).toEqual([['Region'], ...Array.from({ length: 19 }, () => [])]);
    expect(heatmap.focus).toBeNull();
  });

  it('shows groups with the same figures but different leaders each in their own column', async () => {
    const org = await createResultsOrg('Tvillinger');
    const answers = same(3, { strain: 2, resource: 4 });
    const { roundId } = await createResultsRound(org, [
      { key: 'Vest', answers },
      { key: 'Øst', answers },
      { key: 'Øst-Nord', parent: 'Øst', answers: [] },
    ]);
    const heatmap = (await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), roundId, {})).heatmap!;
    // Vest and Øst agree to the decimal but are different people; Øst-Nord (nobody answered) is not Øst either.
    expect(heatmap.columns.map((c) => [c.name, c.same])).toEqual([
      [null, []],
      ['Vest', []],
      ['Øst', []],
      ['Øst-Nord', []],
    ]);
  });
});
