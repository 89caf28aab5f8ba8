import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as closeRoute } from '@/app/api/v1/rounds/[id]/close/route';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { stopJobQueue } from '@/lib/platform/queue';
import { itemAggregates, sideAggregates, type ViewSelection } from '@/lib/domains/results/aggregate-sql';
import { sideKeys } from '@/lib/domains/results/figures';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { preAggregatedItems, preAggregatedSides } from '@/lib/domains/results/pre-aggregated-sql';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForViews } from '@/lib/domains/results/views';
import { viewKeyOf, type ViewRef } from '@/lib/domains/anonymity/view-keys';
import { closeExpiredRounds, closeRound } from '@/lib/domains/rounds/mutations';
import { createApiOrg } from '../fixtures/api';
import { createResultsOrg, createResultsRound, viewerWithoutShares, type AnswerSpec, type GroupSpec, type ResultsOrg } from '../fixtures/results';
import { DAY } from '../fixtures/rounds';
import { prng } from '@/bench/lib/random';
import { systemActor } from '@/lib/domains/auth/actor';

afterAll(async () => {
  await stopJobQueue();
});

/**
 * A random tree of up to four levels: groups with 0–6 answering leaders (so some are below the
 * threshold and suppressed), silent and half-done leaders, and answers that differ per leader.
 */
function randomTree(seed: number): GroupSpec[] {
  const r = prng(seed);
  const depth = new Map<string, number>();
  const tree: GroupSpec[] = [];
  const count = r.int(12, 22);
  for (let i = 0; i < count; i++) {
    const candidates = tree.filter((g) => depth.get(g.key)! < 3);
    const parent = i === 0 || r.next() < 0.15 ? undefined : candidates[r.int(0, candidates.length - 1)]?.key;
    const key = `G${seed}-${i}`;
    depth.set(key, parent ? depth.get(parent)! + 1 : 0);
    const answers: AnswerSpec[] = Array.from({ length: r.int(0, 6) }, () => ({
      strain: q.items.filter((it) => it.side === 'strain').map(() => r.int(1, 5)),
      resource: q.items.filter((it) => it.side === 'resource').map(() => r.int(1, 5)),
      relation: q.relations.map(() => r.int(-2, 2)),
      overall: r.int(1, 5),
    }));
    tree.push({ key, ...(parent ? { parent } : {}), answers, silent: r.int(0, 2), inProgress: r.int(0, 1) });
  }
  return tree;
}

/** Every view a round has: the total, each group with its subtree, each group with children alone. */
function allViews(org: ResultsOrg, tree: GroupSpec[]): { refs: ViewRef[]; selection: ViewSelection } {
  const parents = new Set(tree.map((g) => g.parent).filter(Boolean));
  const subtree = tree.map((g) => org.groups[g.key]!);
  const alone = tree.filter((g) => parents.has(g.key)).map((g) => org.groups[g.key]!);
  const refs: ViewRef[] = [{ groupId: null, alone: false }, ...subtree.map((groupId) => ({ groupId, alone: false })), ...alone.map((groupId) => ({ groupId, alone: true }))];
  return { refs, selection: { total: true, subtree, alone } };
}

/** Floats rounded to 9 places (sums of side means may differ in the last bits), rows in a stable order. */
function comparable<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v)));
}
const byKey = <T extends { view: string; itemKey?: string }>(rows: T[]) => comparable([...rows].sort((a, b) => `${a.view}|${a.itemKey ?? ''}`.localeCompare(`${b.view}|${b.itemKey ?? ''}`)));

/** The views of a round the anonymity rule shows (its own verdicts, the same for every viewer before any share is counted). */
async function shownViews(org: ResultsOrg, roundId: string, tree: GroupSpec[]): Promise<ViewSelection> {
  const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
  const shown = allViews(org, tree)
    .refs.filter((ref) => ctx.visibility.view(ref)?.verdict === 'shown')
    .map((ref) => ctx.visibility.view(ref)!.ref);
  return {
    total: shown.some((ref) => ref.groupId === null),
    subtree: shown.filter((ref) => ref.groupId !== null && !ref.alone).map((ref) => ref.groupId!),
    alone: shown.filter((ref) => ref.alone).map((ref) => ref.groupId!),
  };
}

/** The pre-aggregated sums give exactly the live SQL figures for every view the rule shows. */
async function expectSameAsLive(org: ResultsOrg, roundId: string, tree: GroupSpec[]) {
  const selection = await shownViews(org, roundId, tree);
  const [liveItems, liveSides, preItems, preSides] = await Promise.all([
    itemAggregates(org.organisationId, roundId, selection),
    sideAggregates(org.organisationId, roundId, selection, sideKeys(q)),
    preAggregatedItems(org.organisationId, roundId, selection),
    preAggregatedSides(org.organisationId, roundId, selection),
  ]);
  expect(liveItems.length).toBeGreaterThan(0);
  expect(byKey(preItems)).toEqual(byKey(liveItems));
  expect(byKey(preSides)).toEqual(byKey(liveSides));
}

async function aggregatedAt(roundId: string) {
  return (await ownerDb().round.findUniqueOrThrow({ where: { id: roundId } })).aggregatedAt;
}

describe('pre-aggregated results', () => {
  for (const seed of [7, 1234, 98765]) {
    it(`equal the live SQL figures for a randomised tree, and the published results are the same through the anonymity rule (seed ${seed})`, async () => {
      const org = await createResultsOrg();
      const tree = randomTree(seed);
      const { roundId } = await createResultsRound(org, tree, { threshold: 3 });
      const { refs } = allViews(org, tree);

      const live = await resultsForViews((await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!, refs);
      expect(await aggregatedAt(roundId)).toBeNull();
      await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
      expect(await aggregatedAt(roundId)).not.toBeNull();
      await expectSameAsLive(org, roundId, tree);

      const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
      const pre = await resultsForViews(ctx, refs);
      expect(comparable(Object.fromEntries(pre))).toEqual(comparable(Object.fromEntries(live)));
      // The tree is random enough to have both verdicts: suppression still happens at read time.
      const verdicts = new Set(refs.map((ref) => pre.get(viewKeyOf(ctx.visibility.view(ref)!.ref))!.suppressed));
      expect(verdicts).toEqual(new Set([true, false]));
    });
  }

  it('keep no sum of a population the rule does not show, so a reader of the database cannot find one leader’s answers there', async () => {
    const org = await createResultsOrg();
    const tree = randomTree(7);
    const { roundId } = await createResultsRound(org, tree, { threshold: 3 });
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
    const everything = await preAggregatedItems(org.organisationId, roundId, allViews(org, tree).selection);
    const shown = await shownViews(org, roundId, tree);
    const shownKeys = new Set([...(shown.total ? ['*total*'] : []), ...shown.subtree, ...shown.alone.map((id) => `${id}:self`)]);
    expect(new Set(everything.map((row) => row.view))).toEqual(shownKeys);
    // Not a single stored sum counts fewer respondents than the threshold.
    const stored = await ownerDb().roundGroupItemAggregate.findMany({ where: { roundId } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((row) => row.n > 0 && row.n < 3)).toEqual([]);
  });

  it('are what a closed round shows: its results no longer read the answers', async () => {
    const org = await createResultsOrg();
    const tree = randomTree(42);
    const { roundId } = await createResultsRound(org, tree);
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
    const ref = { groupId: null, alone: false };
    const before = await resultsForViews((await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!, [ref]);
    await ownerDb().answer.deleteMany({ where: { organisationId: org.organisationId } });
    const after = await resultsForViews((await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!, [ref]);
    expect(after).toEqual(before);
    expect(after.get(viewKeyOf(ref))!.suppressed).toBe(false);
  });

  it('are written again, not doubled, when a close is retried', async () => {
    const org = await createResultsOrg();
    const tree = randomTree(5);
    const { roundId } = await createResultsRound(org, tree);
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
    const rows = await ownerDb().roundGroupItemAggregate.count({ where: { roundId } });
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
    expect(await ownerDb().roundGroupItemAggregate.count({ where: { roundId } })).toBe(rows);
    await expectSameAsLive(org, roundId, tree);
  });
});

describe('closing a round pre-aggregates its results on every path', () => {
  const openRound = (org: ResultsOrg, seed: number) => {
    const tree = randomTree(seed);
    return createResultsRound(org, tree, { status: 'OPEN', opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 10 * DAY) }).then((r) => ({ ...r, tree }));
  };

  it('HR closing early (the rounds page and the API both call closeRound)', async () => {
    const org = await createResultsOrg();
    const { roundId, tree } = await openRound(org, 11);
    const closed = await closeRound(systemActor(org.organisationId), roundId);
    expect(closed.status).toBe('CLOSED');
    expect(closed.aggregatedAt).not.toBeNull();
    await expectSameAsLive(org, roundId, tree);
  });

  it('POST /api/v1/rounds/{id}/close', async () => {
    const api = await createApiOrg();
    const org: ResultsOrg = { organisationId: api.organisationId, slug: api.organisation.slug, name: api.organisation.name, groups: {} };
    const { roundId, tree } = await openRound(org, 12);
    const response = await closeRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/close`, { method: 'POST', headers: api.headers }), {
      params: Promise.resolve({ id: roundId }),
    });
    expect(response.status).toBe(200);
    expect(await aggregatedAt(roundId)).not.toBeNull();
    await expectSameAsLive(org, roundId, tree);
  });

  it('the scheduled close at the closing time', async () => {
    const org = await createResultsOrg();
    const { roundId, tree } = await openRound(org, 13);
    expect(await closeExpiredRounds(new Date(Date.now() + 11 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await ownerDb().round.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({ status: 'CLOSED' });
    expect(await aggregatedAt(roundId)).not.toBeNull();
    await expectSameAsLive(org, roundId, tree);
  });
});
