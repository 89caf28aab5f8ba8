import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { GET as heatmapRoute } from '@/app/(app)/[orgSlug]/results/[roundId]/heatmap/route';
import type { HeatmapSlice } from '@/lib/domains/results/heatmap-slice';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createResultsOrg, createResultsRound, resultsViewer, same, type ResultsOrg } from '../fixtures/results';

// The route's guard reads the signed-in user from next-auth; here it is whoever the test says.
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; locale: 'da' | 'en'; ssoOrganisationId: string | null } }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

const calm = { strain: 2, resource: 4 };
// The small group answers unlike everyone else, so any of its figures would stand out.
const loud = { strain: 5, resource: 1 };

/**
 *   Direktion (3)      → shown
 *   ├── Sundhed (4)    → shown
 *   │   └── Pleje (3)  → shown
 *   └── Teknik (2)     → too few
 */
async function seeded() {
  const org = await createResultsOrg();
  const emails = { Pleje: `pleje.${org.slug}@example.test` };
  const { roundId } = await createResultsRound(
    org,
    [
      { key: 'Direktion', answers: same(3, calm) },
      { key: 'Sundhed', parent: 'Direktion', answers: same(4, calm) },
      { key: 'Pleje', parent: 'Sundhed', answers: same(3, calm) },
      { key: 'Teknik', parent: 'Direktion', answers: same(2, loud), silent: 1 },
    ],
    { leaderEmails: emails },
  );
  return { org, roundId, emails };
}

async function fetchAs(org: ResultsOrg, roundId: string, viewer: Awaited<ReturnType<typeof resultsViewer>>, query = '') {
  signedIn.user = { id: viewer.userId, email: viewer.email!, name: null, locale: 'da', ssoOrganisationId: null };
  return heatmapRoute(new NextRequest(`http://t/${org.slug}/results/${roundId}/heatmap${query}`), { params: Promise.resolve({ orgSlug: org.slug, roundId }) });
}

describe('GET /{org}/results/{round}/heatmap', () => {
  it('answers the columns asked for, and says how many there are in all', async () => {
    const { org, roundId } = await seeded();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const whole = (await (await fetchAs(org, roundId, hr)).json()) as HeatmapSlice;
    // The organisation holds exactly Direktion's leaders: one column for both.
    expect(whole.columns.map((c) => c.name)).toEqual([null, 'Sundhed', 'Pleje', 'Teknik']);
    expect(whole.columns[0]!.same).toEqual(['Direktion']);
    expect(whole.total).toBe(4);

    const response = await fetchAs(org, roundId, hr, '?from=1&count=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const slice = (await response.json()) as HeatmapSlice;
    expect(slice).toMatchObject({ total: 4, from: 1, threshold: 3, focus: null });
    expect(slice.columns.map((c) => c.name)).toEqual(['Sundhed', 'Pleje']);
    expect(slice.columns).toEqual(whole.columns.slice(1, 3));

    const past = (await (await fetchAs(org, roundId, hr, '?from=4&count=2')).json()) as HeatmapSlice;
    expect(past.columns).toEqual([]);

    // Audited as a look at the results — once, not once per slice.
    const viewed = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'results.viewed', targetId: roundId } });
    expect(viewed.map((entry) => entry.details)).toEqual([{ view: whole.columns[0]!.key, channel: 'heatmap' }]);
  });

  it('gives a group below the threshold its reason and counts in its column, and not one mean', async () => {
    const { org, roundId } = await seeded();
    const slice = (await (await fetchAs(org, roundId, await resultsViewer(org, 'TOP_MANAGEMENT'))).json()) as HeatmapSlice;
    const teknik = slice.columns.find((c) => c.name === 'Teknik')!;
    expect(teknik).toEqual({
      key: teknik.key,
      groupId: org.groups.Teknik,
      name: 'Teknik',
      depth: teknik.depth,
      participation: { invited: 3, responded: 2, responseRate: 67, reason: null },
      same: [],
      suppressed: true,
      reason: 'too-few',
    });
    expect(JSON.stringify(teknik)).not.toMatch(/means|balance/);
    // Its loud answers do not show through anywhere else either: every shown column is calm.
    for (const column of slice.columns) if (!column.suppressed) expect(column.balance).toBeGreaterThan(0);
  });

  it('never hands one viewer’s heatmap to another: after HR, MED/AMO still get no column for the hidden group', async () => {
    const { org, roundId } = await seeded();
    const hr = (await (await fetchAs(org, roundId, await resultsViewer(org, 'HR_ADMIN'))).json()) as HeatmapSlice;
    expect(hr.columns.map((c) => c.name)).toContain('Teknik');
    const med = (await (await fetchAs(org, roundId, await resultsViewer(org, 'MED_AMO'))).json()) as HeatmapSlice;
    expect(med.columns.map((c) => c.name)).toEqual([null, 'Sundhed', 'Pleje']);
    expect(med.total).toBe(3);
  });

  it('follows the view the page shows: a group and the levels below it', async () => {
    const { org, roundId } = await seeded();
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    const slice = (await (await fetchAs(org, roundId, manager, `?group=${org.groups.Sundhed}`)).json()) as HeatmapSlice;
    expect(slice.columns.map((c) => c.name)).toEqual(['Sundhed', 'Pleje']);
    // Outside the manager's scope, the group does not exist for them.
    expect((await fetchAs(org, roundId, manager, `?group=${org.groups.Teknik}`)).status).toBe(404);
  });

  it('is a 404 for another organisation’s round, the same as one that does not exist', async () => {
    const { org } = await seeded();
    const other = await seeded();
    const response = await fetchAs(org, other.roundId, await resultsViewer(org, 'HR_ADMIN'));
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toContain('Sundhed');
    // A round id that is not even an id is the same 404, never a database error.
    for (const roundId of ['not-a-round', "1' OR '1'='1", '00000000-0000-0000-0000-000000000000'])
      expect((await fetchAs(org, roundId, await resultsViewer(org, 'HR_ADMIN'))).status, roundId).toBe(404);
  });

  it('is closed to a leader, who sees their own group but no heatmap', async () => {
    const { org, roundId, emails } = await seeded();
    const pleje = await resultsViewer(org, 'LEADER', { email: emails.Pleje });
    const response = await fetchAs(org, roundId, pleje);
    expect(response.status).toBe(403);
    expect(await response.json()).not.toHaveProperty('columns');
  });

  it('refuses a malformed range or group with 400', async () => {
    const { org, roundId } = await seeded();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    for (const query of ['?from=-1', '?count=0', '?count=1000', '?from=abc', '?group=not-a-uuid']) expect((await fetchAs(org, roundId, hr, query)).status, query).toBe(400);
  });
});
