import { beforeAll, describe, expect, it } from 'vitest';
import { questionnaire2026_1 } from '@/content/questionnaires/v2026-1';
import { ownerDb } from '@/tests/support/owner-db';
import { seedDemo, seedDemoIfEmpty } from '@/lib/domains/demo/seed-demo';
import { getDemoOverview } from '@/lib/domains/demo/demo-overview';
import { coveredGroups } from '@/lib/domains/rounds/covered-groups';

describe('the demo organisation', () => {
  beforeAll(async () => {
    await seedDemo(new Date(Date.UTC(2026, 10, 29)));
  });

  it('gives a newcomer a group tree, a closed round with answers and an open round', async () => {
    const overview = await getDemoOverview();
    expect(overview?.name).toBe('Syddal Kommune');
    expect(overview?.groups[0]).toMatchObject({ name: 'Direktionen', depth: 0 });
    expect(overview?.groups.find((g) => g.name === 'Plejecentre')).toMatchObject({ depth: 2, leaderCount: 8 });
    expect(overview?.rounds.map((r) => [r.name, r.status])).toEqual([
      ['LederAPV 2026', 'OPEN'],
      ['LederAPV 2025', 'CLOSED'],
    ]);
    const closed = overview!.rounds[1]!;
    expect(closed.responded).toBeGreaterThan(closed.invited / 2);
    expect(closed.responded).toBeLessThanOrEqual(closed.invited);
  });

  it('names the groups each round was chosen for, and they cover exactly the groups it invited through', async () => {
    const groups = await ownerDb().leaderGroup.findMany();
    for (const round of await ownerDb().round.findMany({ include: { groups: true } })) {
      expect(
        round.groupIds.map((id) => groups.find((g) => g.id === id)?.name),
        round.name,
      ).toEqual(['Direktionen']);
      const covered = coveredGroups(groups, round.groupIds).map((g) => g.id);
      expect(covered.toSorted(), round.name).toEqual(round.groups.map((g) => g.groupId).toSorted());
    }
  });

  it('stores every submitted response with an answer to every item, each within its scale', async () => {
    const responses = await ownerDb().response.findMany({ where: { status: 'SUBMITTED' }, include: { answers: true } });
    expect(responses.length).toBeGreaterThan(10);
    const expected = questionnaire2026_1.items.length + questionnaire2026_1.relations.length + 1;
    for (const response of responses) {
      expect(response.answers).toHaveLength(expected);
      for (const answer of response.answers) {
        const range = answer.itemKey.startsWith('relation.') ? [-2, 2] : [1, 5];
        expect(answer.value).toBeGreaterThanOrEqual(range[0]!);
        expect(answer.value).toBeLessThanOrEqual(range[1]!);
      }
    }
  });

  it('is not seeded twice when the app restarts', async () => {
    expect(await seedDemoIfEmpty({ log: () => undefined })).toBe(false);
    expect(await ownerDb().organisation.count()).toBe(1);
  });
});
