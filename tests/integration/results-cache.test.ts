import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as apiRoute } from '@/app/api/v1/rounds/[id]/results/route';
import { createApiKey } from '@/lib/domains/api-keys/api-keys';
import { responseKeyFor } from '@/lib/domains/invitations/links';
import { applyRetention } from '@/lib/domains/privacy/retention';
import { apiResults } from '@/lib/domains/results/api-results';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { ownerDb } from '@/tests/support/owner-db';
import { createApiOrg } from '../fixtures/api';
import { createResultsRound, resultsViewer, same, type AnswerSpec, type GroupSpec, type ResultsOrg } from '../fixtures/results';
import { leaderShares } from '../fixtures/shares';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;
// Every leader answers differently, so two views' figures never agree by accident.
const person = (n: number): AnswerSpec => ({ strain: 1 + (n % 5), resource: 5 - (n % 4) });
const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => person(from + i));

/**
 *   Direktion (3 own)
 *   ├── Sundhed (3)     shown to everyone but a manager two of its leaders shared with
 *   └── Teknik (2 of 3) too few: listed for HR, not even listed for MED/AMO
 */
const tree: GroupSpec[] = [
  { key: 'Direktion', answers: people(0, 3) },
  { key: 'Sundhed', parent: 'Direktion', answers: people(3, 3) },
  { key: 'Teknik', parent: 'Direktion', answers: same(2, { strain: 5, resource: 1 }), silent: 1 },
];

async function seeded(options: Parameters<typeof createResultsRound>[2] = {}) {
  const api = await createApiOrg('Cachekommune');
  const org: ResultsOrg = { organisationId: api.organisationId, slug: api.organisation.slug, name: api.organisation.name, groups: {} };
  const { round, roundId, leaderIds } = await createResultsRound(org, tree, options);
  return { api, org, round, roundId, leaderIds };
}

const apiGet = (roundId: string, headers: Record<string, string>, query = '') =>
  apiRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/results${query}`, { headers }), { params: Promise.resolve({ id: roundId }) });

/** Every answer of the round set to one value, behind the product's back: only a recomputation can show it. */
async function rewriteAnswersDirectly(roundId: string, value: number) {
  await ownerDb().answer.updateMany({ where: { response: { roundId } }, data: { value } });
}

describe('a closed round’s results are served from the cache and revalidated by ETag', () => {
  it('answers with the same ETag every time, for the client’s own cache only, to be asked about again', async () => {
    const { api, roundId } = await seeded();
    const first = await apiGet(roundId, api.headers);
    const second = await apiGet(roundId, api.headers);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toMatch(/^W\/"v0-[A-Za-z0-9_-]+"$/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toBe('Authorization');
    expect(await second.json()).toEqual(await first.json());
  });

  it('answers 304 with no body to an If-None-Match that holds the ETag, and audits the view all the same', async () => {
    const { api, org, roundId } = await seeded();
    const query = `?groupId=${org.groups.Sundhed}`;
    const etag = (await apiGet(roundId, api.headers, query)).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `"other", ${etag}`, etag.replace(/^W\//, ''), '*']) {
      const revalidated = await apiGet(roundId, { ...api.headers, 'if-none-match': ifNoneMatch }, query);
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(revalidated.headers.get('cache-control')).toBe('private, no-cache');
    }
    const stale = await apiGet(roundId, { ...api.headers, 'if-none-match': 'W/"v0-something-else"' }, query);
    expect(stale.status).toBe(200);
    expect((await stale.json()).groupId).toBe(org.groups.Sundhed);

    // A second key of the organisation may see what the first sees: the same ETag, a 304 — and its own audit entry.
    const second = await createApiKey({ organisationId: org.organisationId, name: 'Second key' });
    const secondAnswer = await apiGet(roundId, { authorization: `Bearer ${second.key}`, 'if-none-match': etag }, query);
    expect(secondAnswer.status).toBe(304);
    const audited = await ownerDb().auditLogEntry.findMany({ where: { organisationId: org.organisationId, action: 'results.viewed', actorApiKeyId: second.id } });
    expect(audited.map((e) => e.details)).toEqual([{ view: org.groups.Sundhed, channel: 'api' }]);
  });

  it('serves the figures it computed until the round’s version moves: a retention deletion gives a new ETag and the next request recomputes', async () => {
    const { api, roundId } = await seeded();
    const closedAt = new Date(Date.now() - 6 * YEAR);
    await ownerDb().round.update({ where: { id: roundId }, data: { closedAt, closesAt: closedAt, opensAt: new Date(closedAt.getTime() - 20 * DAY) } });
    const before = await apiGet(roundId, api.headers);
    const etag = before.headers.get('etag')!;
    const figures = await before.json();

    // Nothing in the product changes a closed round's answers; a cache that recomputed would show this.
    await rewriteAnswersDirectly(roundId, 1);
    const cached = await apiGet(roundId, { ...api.headers, 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect(await (await apiGet(roundId, api.headers)).json()).toEqual(figures);

    expect(await applyRetention()).toMatchObject({ rounds: expect.any(Number) });
    expect(await ownerDb().round.findUniqueOrThrow({ where: { id: roundId }, select: { resultsVersion: true, rawDataDeletedAt: true } })).toMatchObject({
      rawDataDeletedAt: expect.any(Date),
      resultsVersion: expect.any(Number),
    });
    const after = await apiGet(roundId, { ...api.headers, 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.headers.get('etag')).toMatch(/^W\/"v[1-9]\d*-/);
    const recomputed = await after.json();
    // Retention summed the answers as they now are: every strain item 1, every resource item 1.
    expect(recomputed.strainMean).toBe(1);
    expect(recomputed.resourceMean).toBe(1);
    expect(figures.strainMean).not.toBe(1);
  });

  it('gives a re-aggregated round a new ETag too', async () => {
    const { api, org, roundId } = await seeded();
    const etag = (await apiGet(roundId, api.headers)).headers.get('etag');
    await tenantTransaction(org.organisationId, (tx) => writeRoundAggregates(tx, org.organisationId, roundId));
    const after = await apiGet(roundId, api.headers);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('lets the dashboard show the same cached figures for the chosen group as the API', async () => {
    const { api, org, roundId } = await seeded();
    const query = `?groupId=${org.groups.Sundhed}`;
    const body = await (await apiGet(roundId, api.headers, query)).json();
    await rewriteAnswersDirectly(roundId, 1);
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const model = await getResultsDashboard(hr, roundId, { groupId: org.groups.Sundhed });
    expect(model.result).toMatchObject({ suppressed: false, figures: { strainMean: body.strainMean, resourceMean: body.resourceMean, balance: body.balance } });
    // Shared between requests, so no request can change it for the next.
    expect(Object.isFrozen(model.result)).toBe(true);
  });
});

describe('no viewer ever gets an answer computed for another', () => {
  it('hides a group from the manager its leaders shared with, though HR’s figures for it are cached', async () => {
    const { org, round, roundId, leaderIds } = await seeded();
    const sundhed = org.groups.Sundhed!;
    const managerEmail = `chef.${org.slug}@example.test`;
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Direktion'], email: managerEmail });
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const before = await apiResults(manager, roundId, sundhed);
    expect(before.body).toMatchObject({ suppressed: false });

    const hrAnswer = await apiResults(hr, roundId, sundhed);
    await leaderShares(round, leaderIds.Sundhed![0]!, managerEmail);
    await leaderShares(round, leaderIds.Sundhed![1]!, managerEmail);
    expect((await apiResults(hr, roundId, sundhed)).etag).toBe(hrAnswer.etag);

    const after = await apiResults(manager, roundId, sundhed);
    expect(after.body).toEqual({ roundId, groupId: sundhed, suppressed: true, invited: 3, responded: 3, countsHidden: null });
    expect(after.etag).not.toBe(before.etag);
    expect(after.etag).not.toBe(hrAnswer.etag);
  });

  it('gives a scoped caller neither the total nor a group outside its scope that an unscoped one has cached, and its own ETag for a group in it', async () => {
    const { org, roundId } = await seeded();
    const top = await resultsViewer(org, 'TOP_MANAGEMENT');
    const director = await resultsViewer(org, 'TOP_MANAGEMENT', { scopeGroupKeys: ['Sundhed'] });
    const topTotal = await apiResults(top, roundId, undefined);
    const topTeknik = await apiResults(top, roundId, org.groups.Teknik);
    const topSundhed = await apiResults(top, roundId, org.groups.Sundhed);
    expect(topTotal.body).toMatchObject({ suppressed: false });
    expect(topTeknik.body).toMatchObject({ suppressed: true });
    await expect(apiResults(director, roundId, undefined)).rejects.toMatchObject({ code: 'not_found' });
    await expect(apiResults(director, roundId, org.groups.Direktion)).rejects.toMatchObject({ code: 'not_found' });
    await expect(apiResults(director, roundId, org.groups.Teknik)).rejects.toMatchObject({ code: 'not_found' });
    const directorSundhed = await apiResults(director, roundId, org.groups.Sundhed);
    expect(directorSundhed.body).toEqual(topSundhed.body);
    expect(directorSundhed.etag).not.toBe(topSundhed.etag);
  });

  it('gives MED/AMO no group the rule hides, though HR has it cached, and an ETag of its own for a shown one', async () => {
    const { org, roundId } = await seeded();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const med = await resultsViewer(org, 'MED_AMO');
    const hrTeknik = await apiResults(hr, roundId, org.groups.Teknik);
    expect(hrTeknik.body).toMatchObject({ suppressed: true, invited: 3, responded: 2 });
    await expect(apiResults(med, roundId, org.groups.Teknik)).rejects.toMatchObject({ code: 'not_found' });
    const [hrSundhed, medSundhed] = [await apiResults(hr, roundId, org.groups.Sundhed), await apiResults(med, roundId, org.groups.Sundhed)];
    expect(medSundhed.body).toEqual(hrSundhed.body);
    expect(medSundhed.etag).not.toBe(hrSundhed.etag);
  });

  it('answers another organisation’s key 404 for a cached round, even when it sends the round’s ETag', async () => {
    const { api, roundId } = await seeded();
    const etag = (await apiGet(roundId, api.headers)).headers.get('etag')!;
    const other = await createApiOrg('Anden kommune');
    const attempt = await apiGet(roundId, { ...other.headers, 'if-none-match': etag });
    expect(attempt.status).toBe(404);
    expect(attempt.headers.get('etag')).toBeNull();
    expect(attempt.headers.get('cache-control')).toBe('no-store');
  });
});

describe('an open round is never cached', () => {
  it('answers 409 without an ETag, kept by no cache', async () => {
    const { api, roundId } = await seeded({ status: 'OPEN' });
    const response = await apiGet(roundId, api.headers);
    expect(response.status).toBe(409);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('shows each new answer in the open round’s counts at once', async () => {
    const { org, roundId, leaderIds } = await seeded({ status: 'OPEN' });
    const hr = await resultsViewer(org, 'HR_ADMIN');
    expect((await getResultsDashboard(hr, roundId, {})).progress).toMatchObject({ invited: 9, responded: 8 });
    const silent = await ownerDb().invitation.findFirstOrThrow({ where: { roundId, leaderId: leaderIds.Teknik![2]! } });
    await ownerDb().response.create({
      data: { organisationId: org.organisationId, roundId, groupId: silent.groupId, responseKey: responseKeyFor(silent.id), status: 'SUBMITTED', revision: 1 },
    });
    expect((await getResultsDashboard(hr, roundId, {})).progress).toMatchObject({ invited: 9, responded: 9 });
  });

  it('answers a round past its closing time that the closing job has not closed yet with figures, but without an ETag', async () => {
    const { api, roundId } = await seeded({ status: 'OPEN', closesAt: new Date(Date.now() - 60_000) });
    const response = await apiGet(roundId, api.headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    await rewriteAnswersDirectly(roundId, 1);
    expect(await (await apiGet(roundId, api.headers)).json()).toMatchObject({ strainMean: 1, resourceMean: 1 });
  });
});
