import { describe, expect, it } from 'vitest';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { workshopGroups } from '@/lib/domains/workshop/workshop';
import { openApvRound } from '@/lib/domains/apv/access';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';

const calm = { strain: 2, resource: 4 };

/**
 *   Direktion (3)
 *   ├── Sundhed (3)      ← an område-MED's and an area director's scope
 *   │   ├── Pleje (4)
 *   │   └── Hjemme (2)   → too few
 *   └── Teknik (3)
 */
async function seeded() {
  const org = await createResultsOrg('MED-kommune');
  const { roundId } = await createResultsRound(org, [
    { key: 'Direktion', answers: same(3, calm) },
    { key: 'Sundhed', parent: 'Direktion', answers: same(3, calm) },
    { key: 'Pleje', parent: 'Sundhed', answers: same(4, calm) },
    { key: 'Hjemme', parent: 'Sundhed', answers: same(2, calm), silent: 1 },
    { key: 'Teknik', parent: 'Direktion', answers: same(3, calm) },
  ]);
  return { org, roundId };
}

const names = (model: Awaited<ReturnType<typeof getResultsDashboard>>) => model.picker.map((e) => e.name ?? 'organisation');

describe('scopes that follow the MED structure', () => {
  it('gives an unscoped MED/AMO (HovedMED) the organisation and every shown group, as before', async () => {
    const { org, roundId } = await seeded();
    const hovedMed = await resultsViewer(org, 'MED_AMO');
    expect(names(await getResultsDashboard(hovedMed, roundId, {}))).toEqual(['organisation', 'Direktion', 'Sundhed', 'Pleje', 'Teknik']);
  });

  it('gives a lokal-MED scoped to Sundhed the shown groups of its area only: no total, no Teknik, no hidden Hjemme', async () => {
    const { org, roundId } = await seeded();
    const lokalMed = await resultsViewer(org, 'MED_AMO', { scopeGroupKeys: ['Sundhed'] });
    const model = await getResultsDashboard(lokalMed, roundId, {});
    expect(model.selected.ref).toEqual({ groupId: org.groups.Sundhed, alone: false });
    expect(names(model)).toEqual(['Sundhed', 'Pleje']);
    expect(model.heatmap!.columns.map((c) => c.name)).toEqual(['Sundhed', 'Pleje']);
    for (const key of ['Teknik', 'Direktion', 'Hjemme']) {
      await expect(getResultsDashboard(lokalMed, roundId, { groupId: org.groups[key] })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it("gives the lokal-MED every workshop and APV of its area — Hjemme's too, whose figures are hidden — and nothing outside it", async () => {
    const { org, roundId } = await seeded();
    const lokalMed = await resultsViewer(org, 'MED_AMO', { scopeGroupKeys: ['Sundhed'] });
    const workshops = await workshopGroups(lokalMed, roundId);
    expect(workshops.groups.map((g) => [g.name, g.shown])).toEqual([
      ['Sundhed', true],
      ['Hjemme', false],
      ['Pleje', true],
    ]);
    const apv = await openApvRound(lokalMed, roundId);
    expect(apv.total).toBe(false);
    expect([...apv.groupIds].sort()).toEqual([org.groups.Sundhed, org.groups.Pleje, org.groups.Hjemme].sort());
    const hovedMed = await openApvRound(await resultsViewer(org, 'MED_AMO'), roundId);
    expect(hovedMed.total).toBe(true);
    expect(hovedMed.groupIds.size).toBe(5);
  });

  it('gives an area director the groups of their area, hidden ones with counts only, and no organisation total', async () => {
    const { org, roundId } = await seeded();
    const director = await resultsViewer(org, 'TOP_MANAGEMENT', { scopeGroupKeys: ['Sundhed'] });
    const model = await getResultsDashboard(director, roundId, {});
    expect(model.selected.ref).toEqual({ groupId: org.groups.Sundhed, alone: false });
    expect(names(model)).toEqual(['Sundhed', 'Hjemme', 'Pleje']);
    expect(model.picker.find((e) => e.name === 'Hjemme')).toMatchObject({ verdict: 'too-few' });
    await expect(getResultsDashboard(director, roundId, { groupId: org.groups.Teknik })).rejects.toMatchObject({ code: 'not_found' });
    const unscoped = await resultsViewer(org, 'TOP_MANAGEMENT');
    expect(names(await getResultsDashboard(unscoped, roundId, {}))).toEqual(['organisation', 'Direktion', 'Sundhed', 'Hjemme', 'Pleje', 'Teknik']);
  });
});
