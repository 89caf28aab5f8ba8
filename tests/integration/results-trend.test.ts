import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { systemActor } from '@/lib/domains/auth/actor';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { getGroupTrend } from '@/lib/domains/results/trend';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';
import { DAY } from '../fixtures/rounds';

const yearsAgo = (years: number) => new Date(Date.now() - years * 365 * DAY);

/**
 * Pleje over three closed rounds (and one still open):
 *
 *   2024  Sundhed (3) └── "Plejecentre" (3: strain 2, resource 4)      → shown
 *   2025  Sundhed (3) └── "Plejecentre" (2 of 3)                       → too few
 *   2026  Omsorg (3)  └── "Pleje og omsorg" (4: strain 3, resource 3)  → shown: moved and renamed
 *   2027  open                                                          → not in the trend
 */
async function threeRounds() {
  const org = await createResultsOrg('Trendkommune');
  const calm = { strain: 2, resource: 4 };
  const first = await createResultsRound(
    org,
    [
      { key: 'Sundhed', answers: same(3, calm) },
      { key: 'Pleje', parent: 'Sundhed', name: 'Plejecentre', answers: same(3, calm) },
    ],
    { name: 'LederAPV 2024', opensAt: yearsAgo(3) },
  );
  const second = await createResultsRound(
    org,
    [
      { key: 'Sundhed', answers: same(3, calm) },
      { key: 'Pleje', parent: 'Sundhed', name: 'Plejecentre', answers: same(2, { strain: 5, resource: 1 }), silent: 1 },
    ],
    { name: 'LederAPV 2025', opensAt: yearsAgo(2) },
  );
  const third = await createResultsRound(
    org,
    [
      { key: 'Omsorg', answers: same(3, calm) },
      { key: 'Pleje', parent: 'Omsorg', name: 'Pleje og omsorg', answers: same(4, { strain: 3, resource: 3 }) },
    ],
    { name: 'LederAPV 2026', opensAt: yearsAgo(1) },
  );
  await createResultsRound(org, [{ key: 'Pleje', answers: same(3, calm) }], { name: 'LederAPV 2027', status: 'OPEN', opensAt: new Date(Date.now() - DAY) });
  // Today the group sits under Omsorg with its new name.
  await ownerDb().leaderGroup.update({ where: { id: org.groups.Pleje! }, data: { name: 'Pleje og omsorg', parentId: org.groups.Omsorg! } });
  return { org, rounds: [first.roundId, second.roundId, third.roundId] };
}

describe('a group’s trend over the years', () => {
  it('follows the group by id through a rename and a move, oldest first, with the low round suppressed', async () => {
    const { org, rounds } = await threeRounds();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const trend = await getGroupTrend(hr, org.groups.Pleje!);
    expect(trend.currentName).toBe('Pleje og omsorg');
    expect(trend.renamed).toBe(true);
    expect(trend.points.map((p) => [p.roundName, p.groupName, p.suppressed])).toEqual([
      ['LederAPV 2024', 'Plejecentre', false],
      ['LederAPV 2025', 'Plejecentre', true],
      ['LederAPV 2026', 'Pleje og omsorg', false],
    ]);
    expect(trend.points.map((p) => p.roundId)).toEqual(rounds);
    expect(trend.points[0]).toMatchObject({ balance: 2, strainMean: 2, resourceMean: 4, responded: 3 });
    expect(trend.points[2]).toMatchObject({ balance: 0, strainMean: 3, resourceMean: 3, responded: 4 });
    expect(Object.values((trend.points[0] as { items: Record<string, number> }).items)).toContain(4);
  });

  it('gives a suppressed round its reason and nothing else: no figure, no count', async () => {
    const { org } = await threeRounds();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const hidden = (await getGroupTrend(hr, org.groups.Pleje!)).points[1]!;
    expect(hidden).toMatchObject({ suppressed: true, reason: 'too-few' });
    for (const field of ['balance', 'strainMean', 'resourceMean', 'items', 'responded', 'invited', 'participation']) expect(hidden).not.toHaveProperty(field);
  });

  it('reads a round’s pre-aggregated sums once its answers are gone', async () => {
    const { org, rounds } = await threeRounds();
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, rounds[0]!));
    await ownerDb().answer.deleteMany({ where: { organisationId: org.organisationId, response: { roundId: rounds[0]! } } });
    const hr = await resultsViewer(org, 'HR_ADMIN');
    expect((await getGroupTrend(hr, org.groups.Pleje!)).points[0]).toMatchObject({ suppressed: false, balance: 2, strainMean: 2, resourceMean: 4 });
  });

  it('leaves out the rounds MED/AMO may not open, as their dashboards do', async () => {
    const { org } = await threeRounds();
    const med = await resultsViewer(org, 'MED_AMO');
    const trend = await getGroupTrend(med, org.groups.Pleje!);
    expect(trend.points.map((p) => [p.roundName, p.suppressed])).toEqual([
      ['LederAPV 2024', false],
      ['LederAPV 2026', false],
    ]);
  });

  it('answers 404 for another organisation’s group, an unknown id and a manager outside the group', async () => {
    const { org } = await threeRounds();
    const other = await threeRounds();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    await expect(getGroupTrend(hr, other.org.groups.Pleje!)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getGroupTrend(hr, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
    const outside = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    // Sundhed held Pleje in 2024 and 2025 only: the manager sees those rounds and not 2026.
    expect((await getGroupTrend(outside, org.groups.Pleje!)).points.map((p) => p.roundName)).toEqual(['LederAPV 2024', 'LederAPV 2025']);
    org.groups.Teknik = (await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Teknik' } })).id;
    const elsewhere = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Teknik'] });
    await expect(getGroupTrend(elsewhere, org.groups.Pleje!)).rejects.toMatchObject({ code: 'not_found' });
    const leader = await resultsViewer(org, 'LEADER');
    await expect(getGroupTrend(leader, org.groups.Pleje!)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('denies a caller that may read no results at all', async () => {
    const { org } = await threeRounds();
    await expect(getGroupTrend(systemActor(org.organisationId), org.groups.Pleje!)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
