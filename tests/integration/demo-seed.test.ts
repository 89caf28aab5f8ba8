import { beforeAll, describe, expect, it } from 'vitest';
import { getQuestionnaire } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { seedDemo, seedDemoIfEmpty } from '@/lib/domains/demo/seed-demo';
import { getDemoOverview } from '@/lib/domains/demo/demo-overview';
import { coveredGroups } from '@/lib/domains/rounds/covered-groups';
import { draftReview } from '@/lib/domains/rounds/draft-review';
import { compareWithPrevious } from '@/lib/domains/results/comparison';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForView } from '@/lib/domains/results/views';
import { sharedWithManager } from '@/lib/domains/sharing/share';
import { previousRoundActions } from '@/lib/domains/action-plan/queries';
import { memberActorOf } from '../fixtures/actors';
import { systemActor } from '@/lib/domains/auth/actor';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

describe('the demo organisation', () => {
  beforeAll(async () => {
    await seedDemo(new Date(Date.UTC(2026, 10, 29)));
  });

  it('gives a newcomer a group tree, two closed rounds with answers, an open round and a draft', async () => {
    const overview = await getDemoOverview();
    expect(overview?.name).toBe('Syddal Kommune');
    expect(overview?.groups[0]).toMatchObject({ name: 'Direktionen', depth: 0 });
    expect(overview?.groups.find((g) => g.name === 'Plejecentre')).toMatchObject({ depth: 2, leaderCount: 8 });
    expect(overview?.rounds.map((r) => [r.name, r.status])).toEqual([
      ['Opfølgning Plejecentre 2026', 'DRAFT'],
      ['LederAPV 2026', 'OPEN'],
      ['LederAPV 2025', 'CLOSED'],
      ['LederAPV 2024', 'CLOSED'],
    ]);
    for (const closed of overview!.rounds.filter((r) => r.status === 'CLOSED')) {
      expect(closed.responded).toBeGreaterThan(closed.invited / 2);
      expect(closed.responded).toBeLessThanOrEqual(closed.invited);
    }
  });

  it('gives every leader below the top a nearest manager who can sign in, so a leader can share with them', async () => {
    const leaders = await ownerDb().leader.findMany({ include: { group: true } });
    const members = new Set((await ownerDb().membership.findMany({ include: { user: true } })).map((m) => m.user.email));
    for (const leader of leaders) {
      if (leader.group.parentId === null) expect(leader.managerEmail, leader.name).toBeNull();
      else expect(members.has(leader.managerEmail!), `${leader.name}: ${leader.managerEmail}`).toBe(true);
    }
    // Two leaders of Plejecentre have shared their balance in the open round; their manager reads them.
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: 'syddal-kommune' } });
    const shared = await sharedWithManager(organisation.id, 'chef.sundhed@syddal.example');
    expect(shared.map((s) => s.roundName)).toEqual(['LederAPV 2026', 'LederAPV 2026']);
    expect(shared.every((s) => s.balance !== null && s.items.length > 0)).toBe(true);
    const names = new Set(leaders.filter((l) => l.group.name === 'Plejecentre').map((l) => l.name));
    expect(shared.every((s) => names.has(s.leaderName))).toBe(true);
  });

  it('compares the newer closed round with the older one, beside the plan the older one made', async () => {
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: 'syddal-kommune' } });
    const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, name: 'LederAPV 2025' } });
    const ctx = (await loadRoundContext(systemActor(organisation.id), round.id))!;
    const whole = { groupId: null, alone: false };
    const comparison = await compareWithPrevious(ctx, whole, (await resultsForView(ctx, whole))!);
    expect(comparison?.roundName).toBe('LederAPV 2024');
    // The strains weighed less two years ago.
    expect(comparison!.strainMean!).toBeGreaterThan(0);
    const hr = await memberActorOf(organisation.id, (await ownerDb().user.findUniqueOrThrow({ where: { email: 'hr@syddal.example' } })).id);
    expect((await previousRoundActions(hr, ctx, null))?.actions.map((a) => [a.title, a.status])).toEqual([['Fælles lederforum for alle ledere to gange om året', 'DONE']]);
    const earlier = await ownerDb().actionItem.findMany({ where: { round: { name: 'LederAPV 2024' } } });
    expect(earlier.map((a) => a.status).sort()).toEqual(['DONE', 'DONE', 'DONE', 'DROPPED', 'IN_PROGRESS']);
  });

  it('has a round waiting for MED/AMO: asked to approve it, not approved, and someone other than its creator may', async () => {
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: 'syddal-kommune' } });
    const draft = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'DRAFT' } });
    const { approval } = await draftReview(scopedDb(organisation.id), draft);
    expect(approval).toMatchObject({ required: true, approval: null, valid: false, approvers: 1 });
    expect(approval.requestedAt).not.toBeNull();
  });

  it('names the groups each round was chosen for, and they cover exactly the groups it invited through', async () => {
    const groups = await ownerDb().leaderGroup.findMany();
    for (const round of await ownerDb().round.findMany({ where: { status: { not: 'DRAFT' } }, include: { groups: true } })) {
      expect(
        round.groupIds.map((id) => groups.find((g) => g.id === id)?.name),
        round.name,
      ).toEqual(['Direktionen']);
      const covered = coveredGroups(groups, round.groupIds).map((g) => g.id);
      expect(covered.toSorted(), round.name).toEqual(round.groups.map((g) => g.groupId).toSorted());
    }
  });

  it('ran the round two years ago on questionnaire 2026.1 and the newer ones on 2027.1, so the dashboard compares across versions', async () => {
    const rounds = await ownerDb().round.findMany({ where: { name: { startsWith: 'LederAPV' } }, orderBy: { opensAt: 'asc' } });
    expect(rounds.map((r) => [r.status, r.questionnaireVersion])).toEqual([
      ['CLOSED', '2026.1'],
      ['CLOSED', '2027.1'],
      ['OPEN', '2027.1'],
    ]);
  });

  it('stores every submitted response with an answer to every item, each within its scale', async () => {
    const responses = await ownerDb().response.findMany({ where: { status: 'SUBMITTED' }, include: { answers: true, round: true } });
    expect(responses.length).toBeGreaterThan(10);
    for (const response of responses) {
      // Each round is answered on the questionnaire it froze.
      const q = getQuestionnaire(response.round.questionnaireVersion)!;
      expect(response.answers.map((a) => a.itemKey).toSorted()).toEqual([...q.items.map((i) => i.key), ...q.relations.map((r) => r.key), q.overall.key].toSorted());
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
