import { describe, expect, it } from 'vitest';
import { questionnaire2026_1, questionnaire2027_1 } from '@/content/questionnaires';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { respondentForToken } from '@/lib/domains/responses/respondent-for-token';
import { submitResponse, saveAnswers } from '@/lib/domains/responses/mutations';
import { compareWithPrevious } from '@/lib/domains/results/comparison';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForViews } from '@/lib/domains/results/views';
import { createRound } from '@/lib/domains/rounds/mutations';
import { createRoundSchema } from '@/lib/domains/rounds/schemas';
import { ownerDb } from '@/tests/support/owner-db';
import { createRespondent, fullAnswers } from '../fixtures/respondents';
import { createResultsOrg, createResultsRound, viewerWithoutShares, type AnswerSpec, type ResultsOrg } from '../fixtures/results';
import { createRoundsOrg } from '../fixtures/rounds';

const DAY = 24 * 60 * 60 * 1000;
const PLANNING = 'strain.cross-pressure.planning-flexibility';
const MANAGEMENT_TEAM = 'resource.good-relations.management-team';

/**
 * Three leaders in "Gruppe", "Andre" and "Lille" each. In 2026.1 (25 items) every Gruppe leader
 * answers all strains and all resources alike: 2/4, 3/3, 4/2 → both side means 3, balance 0.
 * In 2027.1 (27 items) the 25 shared items get 5/1, 4/2, 3/3 → strains 4, resources 2, balance −2
 * over the shared items; the two new items pull the other way (planning 1, management team 5).
 * Over all 27 the group's strain mean would be (10·4 + 1)/11 = 41/11 and its resource mean
 * (15·2 + 5)/16 = 35/16: a balance of −271/176 ≈ −1.54 instead of −2.
 */
const before: AnswerSpec[] = [
  { strain: 2, resource: 4 },
  { strain: 3, resource: 3 },
  { strain: 4, resource: 2 },
];
const after: AnswerSpec[] = [
  { strain: 5, resource: 1, byKey: { [PLANNING]: 1, [MANAGEMENT_TEAM]: 5 } },
  { strain: 4, resource: 2, byKey: { [PLANNING]: 1, [MANAGEMENT_TEAM]: 5 } },
  { strain: 3, resource: 3, byKey: { [PLANNING]: 1, [MANAGEMENT_TEAM]: 5 } },
];
const calm: AnswerSpec[] = [
  { strain: 2, resource: 4 },
  { strain: 2, resource: 4 },
  { strain: 2, resource: 4 },
];

/** A 2026.1 round and a 2027.1 round; `lille` adds a group that only the 2027 round shows. */
async function twoRounds({ lille = false } = {}) {
  const org = await createResultsOrg();
  const previous = await createResultsRound(
    org,
    [
      { key: 'Gruppe', answers: before },
      { key: 'Andre', answers: calm },
      // Too few in 2026: two of three answered.
      ...(lille ? [{ key: 'Lille', answers: calm.slice(0, 2), silent: 1 }] : []),
    ],
    { name: 'LederAPV 2026', opensAt: new Date(Date.now() - 400 * DAY), questionnaireVersion: '2026.1' },
  );
  const current = await createResultsRound(org, [{ key: 'Gruppe', answers: after }, { key: 'Andre', answers: calm }, ...(lille ? [{ key: 'Lille', answers: calm }] : [])], {
    name: 'LederAPV 2027',
    opensAt: new Date(Date.now() - 40 * DAY),
    questionnaireVersion: '2027.1',
  });
  return { org, previous, current };
}

async function compare(org: ResultsOrg, roundId: string, key: string) {
  const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
  const ref = { groupId: org.groups[key]!, alone: false };
  const result = (await resultsForViews(ctx, [ref])).get(ref.groupId!)!;
  return { result, comparison: await compareWithPrevious(ctx, ref, result) };
}

describe('comparing a round on 2027.1 with one on 2026.1', () => {
  it('computes the change in balance and sides over the 25 items both rounds asked, and says so', async () => {
    const { org, current } = await twoRounds();
    const { result, comparison } = await compare(org, current.roundId, 'Gruppe');
    // The round's own figures stay over all 27 of its items.
    if (result.suppressed) throw new Error('Gruppe is shown in 2027');
    expect(result.figures.strainMean).toBeCloseTo(41 / 11, 10);
    expect(result.figures.resourceMean).toBeCloseTo(35 / 16, 10);
    expect(result.figures.strains.map((i) => i.key)).toContain(PLANNING);

    expect(comparison).not.toBeNull();
    expect(comparison!.roundName).toBe('LederAPV 2026');
    expect(comparison!.sharedItemsOnly).toEqual({ shared: 25, current: 27, previous: 25 });
    // Shared items: strains 4 now against 3, resources 2 against 3, balance −2 against 0.
    expect(comparison!.strainMean).toBeCloseTo(1, 10);
    expect(comparison!.resourceMean).toBeCloseTo(-1, 10);
    expect(comparison!.balance).toBeCloseTo(-2, 10);
    // Per item: only the shared ones, each the same step (strains +1, resources −1).
    expect(Object.keys(comparison!.items).toSorted()).toEqual(questionnaire2026_1.items.map((i) => i.key).toSorted());
    for (const item of questionnaire2026_1.items) expect(comparison!.items[item.key], item.key).toBeCloseTo(item.side === 'strain' ? 1 : -1, 10);
  });

  it('still applies each round’s own anonymity verdicts: no change for a group hidden in the earlier round', async () => {
    const { org, previous, current } = await twoRounds({ lille: true });
    const earlier = (await loadRoundContext(viewerWithoutShares(org.organisationId), previous.roundId))!;
    const verdict = (key: string) => earlier.visibility.view({ groupId: org.groups[key]!, alone: false })!.verdict;
    // Lille is too few in 2026, and Gruppe gives way so that Lille cannot be read off the total.
    expect([verdict('Lille'), verdict('Gruppe'), verdict('Andre')]).toEqual(['too-few', 'suppressed', 'shown']);
    for (const key of ['Lille', 'Gruppe']) {
      const { result, comparison } = await compare(org, current.roundId, key);
      expect(result.suppressed, key).toBe(false);
      expect(comparison, key).toBeNull();
    }
    // Andre answered alike in both rounds: no change, over the shared items.
    const andre = (await compare(org, current.roundId, 'Andre')).comparison!;
    expect(andre).toMatchObject({ balance: 0, strainMean: 0, resourceMean: 0, sharedItemsOnly: { shared: 25, current: 27, previous: 25 } });
  });

  it('compares two rounds on the same version over all their items, without the note', async () => {
    const org = await createResultsOrg();
    await createResultsRound(org, [{ key: 'Gruppe', answers: before }], { name: 'LederAPV 2026', opensAt: new Date(Date.now() - 400 * DAY), questionnaireVersion: '2027.1' });
    const { roundId } = await createResultsRound(org, [{ key: 'Gruppe', answers: after }], { name: 'LederAPV 2027', opensAt: new Date(Date.now() - 40 * DAY), questionnaireVersion: '2027.1' });
    const { comparison } = await compare(org, roundId, 'Gruppe');
    expect(comparison!.sharedItemsOnly).toBeNull();
    // All 27 items now: strains 41/11 against 3, resources 35/16 against 3.
    expect(comparison!.strainMean).toBeCloseTo(41 / 11 - 3, 10);
    expect(comparison!.resourceMean).toBeCloseTo(35 / 16 - 3, 10);
    expect(Object.keys(comparison!.items)).toHaveLength(27);
  });
});

describe('which questionnaire a round asks', () => {
  it('freezes 2027.1 for a round created now', async () => {
    const { caller, groups } = await createRoundsOrg();
    const input = createRoundSchema.parse({
      name: 'LederAPV 2027',
      opensAt: new Date(Date.now() + DAY).toISOString(),
      closesAt: new Date(Date.now() + 22 * DAY).toISOString(),
      groupIds: [groups.direktion.id],
    });
    const round = await createRound(caller, input);
    expect(round.questionnaireVersion).toBe('2027.1');
  });

  it('keeps asking a round that froze 2026.1 its 25 items, and accepts its answers as complete', async () => {
    const { invitation, round } = await createRespondent({ questionnaireVersion: '2026.1' });
    const { url } = await personalLinkFor(ownerDb(), invitation);
    const link = await respondentForToken(url.split('/').pop()!);
    if (link?.state !== 'open') throw new Error('the link should open the round');
    expect(link.ctx.questionnaire.items.map((i) => i.key)).toEqual(questionnaire2026_1.items.map((i) => i.key));
    // An item only 2027.1 asks is not a question of this round.
    await expect(saveAnswers(link.ctx, { answers: [{ itemKey: PLANNING, value: 3 }] })).rejects.toMatchObject({ code: 'validation_failed' });
    await saveAnswers(link.ctx, { answers: fullAnswers({ strain: 3, resource: 3 }, questionnaire2026_1) });
    await submitResponse(link.ctx);
    const response = await ownerDb().response.findFirstOrThrow({ where: { roundId: round.id }, include: { answers: true } });
    expect(response.status).toBe('SUBMITTED');
    expect(response.answers.map((a) => a.itemKey)).not.toContain(PLANNING);
  });

  it('asks a round that froze 2027.1 all 27 items, the two new ones among them', async () => {
    const { invitation } = await createRespondent({ questionnaireVersion: '2027.1' });
    const { url } = await personalLinkFor(ownerDb(), invitation);
    const link = await respondentForToken(url.split('/').pop()!);
    if (link?.state !== 'open') throw new Error('the link should open the round');
    expect(link.ctx.questionnaire.items.map((i) => i.key)).toEqual(questionnaire2027_1.items.map((i) => i.key));
    expect(link.ctx.questionnaire.items.map((i) => i.key)).toEqual(expect.arrayContaining([PLANNING, MANAGEMENT_TEAM]));
  });
});
