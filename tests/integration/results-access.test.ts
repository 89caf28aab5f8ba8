import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { listResultRounds } from '@/lib/domains/rounds/result-rounds';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';

const calm = { strain: 2, resource: 4, comments: { resource: 'God sparring' } };

/**
 *   Direktion (3)                 → shown; "Direktion alone" suppressed (it would expose Teknik's 2)
 *   ├── Sundhed (3)               → shown, and alone shown
 *   │   ├── Pleje (4)             → shown
 *   │   └── Hjemme (3)            → shown
 *   └── Teknik (2)                → too few
 */
async function seeded() {
  const org = await createResultsOrg();
  const suffix = org.slug;
  const emails = { Pleje: `pleje.${suffix}@example.test`, Teknik: `teknik.${suffix}@example.test` };
  const { roundId } = await createResultsRound(
    org,
    [
      { key: 'Direktion', answers: same(3, calm) },
      { key: 'Sundhed', parent: 'Direktion', answers: same(3, calm) },
      { key: 'Pleje', parent: 'Sundhed', answers: same(4, calm) },
      { key: 'Hjemme', parent: 'Sundhed', answers: same(3, calm) },
      { key: 'Teknik', parent: 'Direktion', answers: same(2, calm), silent: 1 },
    ],
    { leaderEmails: emails },
  );
  return { org, roundId, emails };
}

const names = (model: Awaited<ReturnType<typeof getResultsDashboard>>) => model.picker.map((e) => e.name ?? 'organisation');

describe('who sees which group', () => {
  it('gives HR every group, hidden ones with counts and no figures, and the moderation handles', async () => {
    const { org, roundId } = await seeded();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const start = await getResultsDashboard(hr, roundId, {});
    expect(start.selected.ref).toEqual({ groupId: null, alone: false });
    expect(names(start)).toEqual(['organisation', 'Direktion', 'Sundhed', 'Hjemme', 'Pleje', 'Teknik']);
    expect(start.picker.find((e) => e.name === 'Teknik')).toMatchObject({ verdict: 'too-few', participation: { responded: 2, invited: 3 } });
    expect(start.picker.find((e) => e.name === 'Direktion')!.alone).toMatchObject({ verdict: 'suppressed', participation: { responded: 3 } });
    expect(start.canModerate).toBe(true);
    expect(start.comments!.every((c) => 'handle' in c)).toBe(true);
    const teknik = await getResultsDashboard(hr, roundId, { groupId: org.groups.Teknik });
    expect(teknik.result).toMatchObject({ suppressed: true, reason: 'too-few' });
    expect(teknik.result).not.toHaveProperty('figures');
    expect(teknik.comments).toBeNull();
    expect(teknik.comparison).toBeNull();
  });

  it('gives top management every group and a heatmap, but no moderation', async () => {
    const { org, roundId } = await seeded();
    const top = await resultsViewer(org, 'TOP_MANAGEMENT');
    const model = await getResultsDashboard(top, roundId, {});
    expect(model.picker).toHaveLength(6);
    // Direktion holds every leader: it is the organisation's column, not a second one.
    expect(model.heatmap!.columns.map((c) => c.name ?? 'organisation')).toEqual(['organisation', 'Sundhed', 'Hjemme', 'Pleje', 'Teknik']);
    expect(model.heatmap!.columns[0]!.same).toEqual(['Direktion']);
    const teknik = model.heatmap!.columns.find((c) => c.name === 'Teknik')!;
    expect(teknik).toMatchObject({ suppressed: true, reason: 'too-few' });
    expect(teknik).not.toHaveProperty('means');
    expect(teknik).not.toHaveProperty('balance');
    expect(model.canModerate).toBe(false);
    expect(model.comments!.every((c) => !('handle' in c))).toBe(true);
  });

  it('gives a manager of leaders the groups under them, and 404 for any other group or the organisation', async () => {
    const { org, roundId } = await seeded();
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    const model = await getResultsDashboard(manager, roundId, {});
    expect(model.selected.ref).toEqual({ groupId: org.groups.Sundhed, alone: false });
    expect(names(model)).toEqual(['Sundhed', 'Hjemme', 'Pleje']);
    expect(model.heatmap!.columns.map((c) => c.name)).toEqual(['Sundhed', 'Hjemme', 'Pleje']);
    await expect(getResultsDashboard(manager, roundId, { groupId: org.groups.Pleje })).resolves.toMatchObject({ result: { suppressed: false } });
    for (const key of ['Teknik', 'Direktion']) {
      await expect(getResultsDashboard(manager, roundId, { groupId: org.groups[key] })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getResultsDashboard(manager, roundId, { groupId: org.groups.Direktion, alone: true })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('gives a manager scoped above the round’s top group (in today’s tree) the whole round’s groups', async () => {
    const { org, roundId } = await seeded();
    const area = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Område' } });
    await ownerDb().leaderGroup.update({ where: { id: org.groups.Direktion! }, data: { parentId: area.id } });
    org.groups.Område = area.id;
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Område'] });
    expect(names(await getResultsDashboard(manager, roundId, {}))).toEqual(['Direktion', 'Sundhed', 'Hjemme', 'Pleje', 'Teknik']);
  });

  it('gives a manager without any scope nothing to open', async () => {
    const { org, roundId } = await seeded();
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS');
    await expect(getResultsDashboard(manager, roundId, {})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('gives MED/AMO the organisation and every shown group — never a hidden one, not even by its id', async () => {
    const { org, roundId } = await seeded();
    const med = await resultsViewer(org, 'MED_AMO');
    const model = await getResultsDashboard(med, roundId, {});
    expect(names(model)).toEqual(['organisation', 'Direktion', 'Sundhed', 'Hjemme', 'Pleje']);
    expect(model.picker.find((e) => e.name === 'Direktion')!.alone).toBeNull();
    expect(model.heatmap!.columns.every((c) => !c.suppressed)).toBe(true);
    await expect(getResultsDashboard(med, roundId, { groupId: org.groups.Teknik })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getResultsDashboard(med, roundId, { groupId: org.groups.Direktion, alone: true })).rejects.toMatchObject({ code: 'not_found' });
    expect(model.canModerate).toBe(false);
  });

  it('gives a leader their own leader group only, once it is shown', async () => {
    const { org, roundId, emails } = await seeded();
    const pleje = await resultsViewer(org, 'LEADER', { email: emails.Pleje });
    const model = await getResultsDashboard(pleje, roundId, {});
    expect(names(model)).toEqual(['Pleje']);
    expect(model.result).toMatchObject({ suppressed: false, participation: { responded: 4 } });
    expect(model.heatmap).toBeNull();
    await expect(getResultsDashboard(pleje, roundId, { groupId: org.groups.Sundhed })).rejects.toMatchObject({ code: 'not_found' });

    const teknik = await resultsViewer(org, 'LEADER', { email: emails.Teknik });
    const own = await getResultsDashboard(teknik, roundId, {});
    expect(own.result).toEqual(expect.objectContaining({ suppressed: true, participation: expect.objectContaining({ responded: 2, invited: 3 }) }));
    expect(own.result).not.toHaveProperty('figures');
    expect(own.comments).toBeNull();
  });

  it('gives a leader who was not invited to the round nothing, and lists only the rounds they were invited to', async () => {
    const { org, roundId } = await seeded();
    const stranger = await resultsViewer(org, 'LEADER');
    await expect(getResultsDashboard(stranger, roundId, {})).rejects.toMatchObject({ code: 'not_found' });
    expect(await listResultRounds(stranger)).toEqual([]);
    expect((await listResultRounds(await resultsViewer(org, 'MED_AMO'))).map((r) => r.id)).toEqual([roundId]);
  });

  it('answers 404 for another organisation’s round and for a malformed id', async () => {
    const { roundId } = await seeded();
    const other = await createResultsOrg('Anden kommune');
    const hr = await resultsViewer(other, 'HR_ADMIN');
    await expect(getResultsDashboard(hr, roundId, {})).rejects.toMatchObject({ code: 'not_found' });
    await expect(getResultsDashboard(hr, 'not-a-uuid', {})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('shows an open round’s progress and no figures to anyone', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'G', answers: same(4, calm), silent: 5 }], { status: 'OPEN' });
    const model = await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), roundId, {});
    expect(model.progress).toEqual({ invited: 9, responded: 4, responseRate: 44 });
    expect(model.result).toBeNull();
    expect(model.heatmap).toBeNull();
    expect(model.comments).toBeNull();
  });

  it('audits a page view once per viewer and view in ten minutes', async () => {
    const { org, roundId } = await seeded();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    await getResultsDashboard(hr, roundId, {});
    await getResultsDashboard(hr, roundId, {});
    await getResultsDashboard(hr, roundId, { groupId: org.groups.Pleje });
    const entries = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'results.viewed' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.details)).toEqual([
      { view: '*total*', channel: 'page' },
      { view: org.groups.Pleje, channel: 'page' },
    ]);
    expect(entries.every((e) => e.actorUserId === hr.userId && e.targetId === roundId)).toBe(true);
  });
});
