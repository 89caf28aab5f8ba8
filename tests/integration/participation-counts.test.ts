import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { GET as apiRoute } from '@/app/api/v1/rounds/[id]/results/route';
import { InvitedLeadersTable } from '@/components/rounds/InvitedLeadersTable';
import { RoundProgressTable } from '@/components/rounds/RoundProgressTable';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { exportResults } from '@/lib/domains/results/export';
import { invitedLeaders, roundProgress } from '@/lib/domains/rounds/queries';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { ownerDb } from '@/tests/support/owner-db';
import { createApiOrg } from '../fixtures/api';
import { createResultsOrg, createResultsRound, resultsViewer, same, type GroupSpec, type ResultsOrg } from '../fixtures/results';

// The components read their words through next-intl's server API; here it is the Danish catalogue.
vi.mock('next-intl/server', async () => {
  const { translatorFor: translator } = await import('@/lib/platform/i18n/translator');
  const t = translator('da');
  return {
    getTranslations: async (namespace?: string) => (key: string, values?: Record<string, string | number>) => t(namespace ? `${namespace}.${key}` : key, values),
    getLocale: async () => 'da',
  };
});

/**
 * "Counts while open obey the threshold": how many answered is published per group by the same
 * anonymity rule as the figures, applied to how many were invited. A count beside a small group
 * ("1 of 1 answered") says who answered; the organisation's total is always shown.
 */
const calm = { strain: 2, resource: 4 };
const fewerThan3 = { reason: 'too-few', invited: 'fewer-than-threshold', responded: null, responseRate: null };
const hidden = { reason: 'suppressed', invited: null, responded: null, responseRate: null };

/**
 *   Direktion (3 invited of its own, 1 answered)
 *   ├── Sundhed (4 invited, 2 answered)
 *   └── Teknik (2 invited, 1 answered) — fewer than 3
 */
const smallGroup: GroupSpec[] = [
  { key: 'Direktion', answers: same(1, calm), silent: 2 },
  { key: 'Sundhed', parent: 'Direktion', answers: same(2, calm), silent: 2 },
  { key: 'Teknik', parent: 'Direktion', answers: same(1, calm), silent: 1 },
];

/**
 *   Region (no leaders of its own)
 *   ├── A (5 invited, 4 answered)
 *   ├── B (3 invited, 3 answered) — large enough, but Region − A − B would be C
 *   └── C (2 invited, 1 answered) — fewer than 3
 */
const complementary: GroupSpec[] = [
  { key: 'Region' },
  { key: 'A', parent: 'Region', answers: same(4, calm), silent: 1 },
  { key: 'B', parent: 'Region', answers: same(3, calm) },
  { key: 'C', parent: 'Region', answers: same(1, calm), silent: 1 },
];

async function openRound(tree: GroupSpec[], org?: ResultsOrg) {
  const organisation = org ?? (await createResultsOrg('Deltagelseskommune'));
  const { round } = await createResultsRound(organisation, tree, { status: 'OPEN' });
  return { org: organisation, round, tenant: scopedDb(organisation.organisationId) };
}

const byName = (progress: Awaited<ReturnType<typeof roundProgress>>) => Object.fromEntries(progress.groups.map((g) => [g.name, g.participation]));

async function progressMarkup(progress: Awaited<ReturnType<typeof roundProgress>>) {
  return renderToStaticMarkup(await RoundProgressTable({ progress, invitationsHref: '/org/rounds/r/invitations' }));
}

describe('per-group participation while a round is open', () => {
  it('shows no count for a group with fewer invited than the threshold while the round is open, and says “færre end 3”', async () => {
    const { round, tenant } = await openRound(smallGroup);
    const progress = await roundProgress(tenant, round);
    expect(byName(progress).Teknik).toEqual(fewerThan3);
    const markup = await progressMarkup(progress);
    expect(markup).toContain('Færre end 3 inviteret – antal svar vises ikke');
    expect(markup).not.toMatch(/Teknik<\/th><td[^>]*>\d/);
  });

  it('hides a group’s count when the parent and its shown siblings would give it away', async () => {
    const { round, tenant } = await openRound(complementary);
    const progress = await roundProgress(tenant, round);
    // Shown: Region 10 and A 5 — so B's 3 would make Region − A − B = C's 2 (and C's one answer).
    expect(byName(progress)).toEqual({
      Region: { reason: null, invited: 10, responded: 8, responseRate: 80 },
      A: { reason: null, invited: 5, responded: 4, responseRate: 80 },
      B: hidden,
      C: fewerThan3,
    });
    expect(await progressMarkup(progress)).toContain('Antal skjult – ellers kunne en mindre gruppes antal regnes ud');
  });

  it('always shows the organisation’s total, even when the whole round has fewer invited than the threshold', async () => {
    const { round, tenant } = await openRound([{ key: 'Lille', answers: same(1, calm), silent: 1 }]);
    const progress = await roundProgress(tenant, round);
    expect(progress).toMatchObject({ invited: 2, responded: 1, responseRate: 50 });
    expect(byName(progress).Lille).toEqual(fewerThan3);
    expect(await progressMarkup(progress)).toContain('1 af 2 har svaret (50 %)');
  });

  it('shows counts for groups with at least the threshold invited', async () => {
    const { round, tenant } = await openRound(smallGroup);
    const progress = await roundProgress(tenant, round);
    expect(progress).toMatchObject({ invited: 9, responded: 4, responseRate: 44 });
    expect(byName(progress)).toMatchObject({
      Direktion: { reason: null, invited: 9, responded: 4, responseRate: 44 },
      Sundhed: { reason: null, invited: 4, responded: 2, responseRate: 50 },
    });
    expect(await progressMarkup(progress)).toMatch(/Sundhed<\/th><td[^>]*>4<\/td><td[^>]*>2<\/td>/);
  });

  it('does the same in the results picker, for every role that sees the groups', async () => {
    const { org, round } = await openRound(complementary);
    const viewers = [await resultsViewer(org, 'HR_ADMIN'), await resultsViewer(org, 'TOP_MANAGEMENT'), await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Region'] })];
    for (const viewer of viewers) {
      const model = await getResultsDashboard(viewer, round.id, {});
      const picker = Object.fromEntries(model.picker.map((e) => [e.name ?? 'organisation', e.participation]));
      const whole = viewer.scopeGroupIds.length === 0;
      expect(picker).toEqual({
        ...(whole ? { organisation: { reason: null, invited: 10, responded: 8, responseRate: 80 } } : {}),
        Region: { reason: null, invited: 10, responded: 8, responseRate: 80 },
        A: { reason: null, invited: 5, responded: 4, responseRate: 80 },
        B: hidden,
        C: fewerThan3,
      });
      expect(model.progress).toEqual({ invited: 10, responded: 8, responseRate: 80 });
    }
    const c = await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), round.id, { groupId: org.groups.C! });
    expect(c.selected.participation).toEqual(fewerThan3);
  });

  it('lists the same groups to MED/AMO while the round is open, however many have answered', async () => {
    const silent = complementary.map(({ answers, silent: quiet, ...group }) => ({ ...group, silent: (answers?.length ?? 0) + (quiet ?? 0) }));
    const listed = async (tree: GroupSpec[]) => {
      const { org, round } = await openRound(tree);
      return (await getResultsDashboard(await resultsViewer(org, 'MED_AMO'), round.id, {})).picker.map((e) => e.name ?? 'organisation');
    };
    // The groups that could show if everyone answered — not the ones that have enough answers so far.
    expect(await listed(silent)).toEqual(['organisation', 'Region', 'A']);
    expect(await listed(complementary)).toEqual(['organisation', 'Region', 'A']);
  });

  it('keeps the invited leaders’ names off the page that shows counts, and counts off the page with the names', async () => {
    const { org, round, tenant } = await openRound(smallGroup);
    const leaders = await ownerDb().leader.findMany({ where: { organisationId: org.organisationId }, select: { name: true, email: true } });
    const progress = await progressMarkup(await roundProgress(tenant, round));
    for (const leader of leaders) {
      expect(progress).not.toContain(leader.name);
      expect(progress).not.toContain(leader.email);
    }
    expect(progress).toContain('href="/org/rounds/r/invitations"');

    const invited = await invitedLeaders(tenant, round.id);
    expect(invited).toHaveLength(9);
    expect(Object.keys(invited[0]!).sort()).toEqual(['email', 'groupName', 'invitationId', 'name', 'sentAt']);
    const names = renderToStaticMarkup(await InvitedLeadersTable({ leaders: invited }));
    for (const leader of leaders) expect(names).toContain(leader.name);
    expect(names).not.toMatch(/\d+ af \d+|færre end|%/i);
  });
});

describe('per-group participation once a round has closed', () => {
  async function closedRound() {
    const api = await createApiOrg();
    const org: ResultsOrg = { organisationId: api.organisationId, slug: api.organisation.slug, name: api.organisation.name, groups: {} };
    const { round } = await createResultsRound(org, complementary);
    return { api, org, round };
  }

  it('shows a group’s count where its figures show, and a hidden group’s only as the rule on invited counts allows — in the API too', async () => {
    const { api, org, round } = await closedRound();
    const get = async (groupId: string) =>
      (await apiRoute(new NextRequest(`http://t/api/v1/rounds/${round.id}/results?groupId=${groupId}`, { headers: api.headers }), { params: Promise.resolve({ id: round.id }) })).json();
    expect(await get(org.groups.A!)).toMatchObject({ suppressed: false, invited: 5, responded: 4 });
    expect(await get(org.groups.B!)).toEqual({ roundId: round.id, groupId: org.groups.B, suppressed: true, invited: null, responded: null, countsHidden: 'suppressed' });
    expect(await get(org.groups.C!)).toEqual({ roundId: round.id, groupId: org.groups.C, suppressed: true, invited: null, responded: null, countsHidden: 'too-few' });
  });

  it('writes “færre end 3” and no counts for the small group in the export', async () => {
    const { org, round } = await closedRound();
    const viewer = await resultsViewer(org, 'HR_ADMIN');
    const file = await exportResults(viewer, { roundId: round.id, format: 'csv', locale: 'da', organisationName: org.name });
    const [overview] = String(file.body)
      .replace(/^\uFEFF/, '')
      .split('\r\n\r\n')
      .map((part) => Papa.parse<string[]>(part.trim(), { delimiter: ';' }).data);
    const t = translatorFor('da');
    expect(overview!.find((row) => row[0] === 'C')!.slice(2, 6)).toEqual(['færre end 3', '', '', t('results.export.status.too-few')]);
    expect(overview!.find((row) => row[0] === 'B')!.slice(2, 6)).toEqual(['skjult', '', '', t('results.export.status.suppressed')]);
    expect(overview!.find((row) => row[0] === 'A')!.slice(2, 5)).toEqual(['5', '4', '80']);
  });
});
