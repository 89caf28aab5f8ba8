import { describe, expect, it } from 'vitest';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForViews, type ViewResult } from '@/lib/domains/results/views';
import { answerRows, createResultsOrg, createResultsRound, same, viewerWithoutShares, type AnswerSpec } from '../fixtures/results';

const strainKeys = q.items.filter((i) => i.side === 'strain').map((i) => i.key);
const resourceKeys = q.items.filter((i) => i.side === 'resource').map((i) => i.key);

/** Independent arithmetic over the answers the test wrote: no SQL, no product code. */
function expected(specs: AnswerSpec[], itemKey: string) {
  const values = specs.map((s) => answerRows(s).find((a) => a.itemKey === itemKey)!.value);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / values.length);
  const steps = itemKey.startsWith('relation.') ? [-2, -1, 0, 1, 2] : [1, 2, 3, 4, 5];
  return { n: values.length, mean, sd, distribution: steps.map((step) => values.filter((v) => v === step).length) };
}

function figuresOf(result: ViewResult | undefined) {
  if (!result || result.suppressed) throw new Error(`expected figures, got ${JSON.stringify(result)}`);
  return result.figures;
}

// A parent with three leaders of its own and a child of three, each answering differently.
const parentAnswers: AnswerSpec[] = [
  { strain: [5, 4, 4, 3, 5, 2, 1, 3, 4, 5, 2], resource: 2, relation: [-2, -1, 0, 1, 2, 0], overall: 2, comments: { strain: 'For mange møder' } },
  { strain: 3, resource: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1], relation: -1, overall: 3 },
  { strain: 4, resource: 4, relation: 2, overall: 4 },
];
const childAnswers: AnswerSpec[] = [
  { strain: 1, resource: 5, relation: 2, overall: 5 },
  { strain: 2, resource: 4, relation: 1, overall: 4 },
  { strain: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1], resource: 3, relation: 0, overall: 3 },
];

async function seeded() {
  const org = await createResultsOrg();
  const { roundId } = await createResultsRound(org, [
    { key: 'Direktion', answers: parentAnswers, silent: 2, inProgress: 1 },
    { key: 'Sundhed', parent: 'Direktion', answers: childAnswers, silent: 1 },
  ]);
  const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
  return { org, roundId, ctx };
}

describe('results aggregates computed in SQL', () => {
  it('gives each item its mean, population standard deviation and 1–5 distribution over the group and everything below it', async () => {
    const { org, ctx } = await seeded();
    const ref = { groupId: org.groups.Direktion!, alone: false };
    const figures = figuresOf((await resultsForViews(ctx, [ref])).get(ref.groupId));
    const all = [...parentAnswers, ...childAnswers];
    for (const item of [...figures.strains, ...figures.resources]) {
      const want = expected(all, item.key);
      expect(item.n, item.key).toBe(want.n);
      expect(item.mean, item.key).toBeCloseTo(want.mean, 10);
      expect(item.sd, item.key).toBeCloseTo(want.sd, 10);
      expect(item.distribution, item.key).toEqual(want.distribution);
    }
    expect(figures.strains.map((i) => i.key)).toEqual(strainKeys);
    expect(figures.resources.map((i) => i.key)).toEqual(resourceKeys);
  });

  it('gives the six relations on −2…+2 and the overall question their means and distributions', async () => {
    const { org, ctx } = await seeded();
    const ref = { groupId: org.groups.Direktion!, alone: false };
    const figures = figuresOf((await resultsForViews(ctx, [ref])).get(ref.groupId));
    const all = [...parentAnswers, ...childAnswers];
    expect(figures.relations).toHaveLength(6);
    for (const relation of figures.relations) {
      const want = expected(all, relation.key);
      expect(relation.mean).toBeCloseTo(want.mean, 10);
      expect(relation.distribution).toEqual(want.distribution);
    }
    expect(figures.overall!.mean).toBeCloseTo(expected(all, q.overall.key).mean, 10);
    expect(figures.overall!.distribution).toEqual([0, 1, 2, 2, 1]);
  });

  it('computes each side as the mean of each leader’s own side mean, and the balance as resources minus strains', async () => {
    const { org, ctx } = await seeded();
    const ref = { groupId: org.groups.Direktion!, alone: false };
    const figures = figuresOf((await resultsForViews(ctx, [ref])).get(ref.groupId));
    const all = [...parentAnswers, ...childAnswers];
    const sideMean = (s: AnswerSpec, keys: string[]) => keys.reduce((acc, k) => acc + answerRows(s).find((a) => a.itemKey === k)!.value, 0) / keys.length;
    const strain = all.reduce((acc, s) => acc + sideMean(s, strainKeys), 0) / all.length;
    const resource = all.reduce((acc, s) => acc + sideMean(s, resourceKeys), 0) / all.length;
    expect(figures.strainMean).toBeCloseTo(strain, 10);
    expect(figures.resourceMean).toBeCloseTo(resource, 10);
    expect(figures.balance).toBeCloseTo(resource - strain, 10);
  });

  it('weighs every leader the same on a side even when they answered different numbers of its items', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [
      {
        key: 'Gruppe',
        answers: [
          { strain: 5, resource: 3 },
          { strain: 1, resource: 3 },
          { strain: 1, resource: 3 },
        ],
      },
    ]);
    // The first leader keeps one strain answer only (as an older, optional-item version could allow).
    const first = await ownerDb().answer.findFirstOrThrow({ where: { organisationId: org.organisationId, itemKey: strainKeys[0]!, value: 5 } });
    await ownerDb().answer.deleteMany({ where: { organisationId: org.organisationId, responseId: first.responseId, itemKey: { in: strainKeys.slice(1) } } });
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    const ref = { groupId: org.groups.Gruppe!, alone: false };
    const figures = figuresOf((await resultsForViews(ctx, [ref])).get(ref.groupId));
    // Per-leader means 5, 1, 1 → 7/3; pooling all 23 answers would give 27/23 instead.
    expect(figures.strainMean).toBeCloseTo(7 / 3, 10);
    expect(figures.balance).toBeCloseTo(3 - 7 / 3, 10);
  });

  it('shows the group alone without the groups below it, and the organisation total over everything', async () => {
    const { org, ctx } = await seeded();
    const alone = { groupId: org.groups.Direktion!, alone: true };
    const total = { groupId: null, alone: false };
    const child = { groupId: org.groups.Sundhed!, alone: false };
    const results = await resultsForViews(ctx, [alone, total, child]);
    const key = strainKeys[0]!;
    expect(figuresOf(results.get(`${alone.groupId}:self`)).strains[0]).toMatchObject({ n: 3, mean: expected(parentAnswers, key).mean });
    expect(figuresOf(results.get(child.groupId)).strains[0]).toMatchObject({ n: 3, mean: expected(childAnswers, key).mean });
    expect(figuresOf(results.get('*total*')).strains[0]!.mean).toBeCloseTo(expected([...parentAnswers, ...childAnswers], key).mean, 10);
  });

  it('counts invitations as invited and only submitted responses as answered — a half-filled response counts nowhere', async () => {
    const { org, ctx } = await seeded();
    const results = await resultsForViews(ctx, [
      { groupId: org.groups.Direktion!, alone: false },
      { groupId: org.groups.Direktion!, alone: true },
    ]);
    // Direktion: 3 answered + 2 silent + 1 in progress; Sundhed: 3 answered + 1 silent.
    expect(results.get(org.groups.Direktion!)).toMatchObject({ participation: { invited: 10, responded: 6, responseRate: 60 } });
    expect(results.get(`${org.groups.Direktion!}:self`)).toMatchObject({ participation: { invited: 6, responded: 3, responseRate: 50 } });
    expect(figuresOf(results.get(org.groups.Direktion!)).strains[0]!.n).toBe(6);
  });

  it('keeps figures of an open round to itself: only counts until it closes', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'Gruppe', answers: same(4, { strain: 2, resource: 4 }), silent: 5 }], { status: 'OPEN' });
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    expect(ctx.figuresAvailable).toBe(false);
    await expect(resultsForViews(ctx, [{ groupId: null, alone: false }])).rejects.toMatchObject({ code: 'conflict' });
    expect(ctx.visibility.view({ groupId: null, alone: false })).toMatchObject({ invited: 9, responded: 4 });
  });

  it('never reads another organisation’s answers, even for the same group id', async () => {
    const { ctx } = await seeded();
    const other = await createResultsOrg('Anden kommune');
    await createResultsRound(other, [{ key: 'Direktion', answers: same(5, { strain: 5, resource: 1 }) }]);
    const figures = figuresOf((await resultsForViews(ctx, [{ groupId: null, alone: false }])).get('*total*'));
    expect(figures.strains[0]!.n).toBe(6);
    expect(await loadRoundContext(viewerWithoutShares(other.organisationId), ctx.round.id)).toBeNull();
  });
});
