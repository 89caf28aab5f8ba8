import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { commentsFor, hideComment } from '@/lib/domains/results/comments';
import { compareWithPrevious } from '@/lib/domains/results/comparison';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForViews } from '@/lib/domains/results/views';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createResultsOrg, createResultsRound, same, viewerWithoutShares, type ResultsOrg } from '../fixtures/results';
import { memberActor } from '../fixtures/actors';

const DAY = 24 * 60 * 60 * 1000;
const calm = { strain: 2, resource: 4 };

async function results(org: ResultsOrg, roundId: string, refs: { key: string; alone?: boolean }[]) {
  const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
  const views = refs.map((r) => ({ groupId: r.key === '*' ? null : org.groups[r.key]!, alone: r.alone ?? false }));
  const out = await resultsForViews(ctx, views);
  return views.map((v) => out.get(ctx.visibility.view(v)!.key)!);
}

describe('the anonymity rule on results', () => {
  it('shows a group with at least the threshold of answers, and only counts for a group below it — no figure key at all', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [
      { key: 'Stor', answers: same(4, calm) },
      { key: 'Lille', answers: same(2, calm), silent: 1 },
    ]);
    // Stor (4) is shown only if the organisation (6) minus Stor (2) were safe: it is not, so Stor gives way.
    const [total, stor, lille] = await results(org, roundId, [{ key: '*' }, { key: 'Stor' }, { key: 'Lille' }]);
    expect(total!.suppressed).toBe(false);
    // Counts follow the rule on invited counts: 4 and 3 invited, nothing left over — both show.
    expect(stor).toMatchObject({ suppressed: true, reason: 'suppressed', participation: { responded: 4 } });
    expect(lille).toEqual({
      key: org.groups.Lille,
      groupId: org.groups.Lille,
      alone: false,
      participation: { reason: null, invited: 3, responded: 2, responseRate: 67 },
      suppressed: true,
      reason: 'too-few',
    });
    expect(Object.keys(lille!)).not.toContain('figures');
  });

  it('uses the round’s own threshold when it is above 3', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(
      org,
      [
        { key: 'A', answers: same(3, calm) },
        { key: 'B', answers: same(5, calm) },
      ],
      { threshold: 4 },
    );
    const [a, b, total] = await results(org, roundId, [{ key: 'A' }, { key: 'B' }, { key: '*' }]);
    expect(a).toMatchObject({ suppressed: true, reason: 'too-few' });
    // B (5) would leave the organisation (8) minus B = 3 < 4 exposed: suppressed.
    expect(b).toMatchObject({ suppressed: true, reason: 'suppressed' });
    expect(total!.suppressed).toBe(false);
  });

  it('hides a child of 3 under a parent of 5: the parent minus the child would show 2 people', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [
      { key: 'Forælder', answers: same(2, calm) },
      { key: 'Barn', parent: 'Forælder', answers: same(3, calm) },
    ]);
    const [parent, child, alone] = await results(org, roundId, [{ key: 'Forælder' }, { key: 'Barn' }, { key: 'Forælder', alone: true }]);
    expect(parent!.suppressed).toBe(false);
    expect(parent!.participation.responded).toBe(5);
    // The same holds for the counts (3 and 2 invited): the child's would give the parent's own 2 away.
    expect(child).toMatchObject({ suppressed: true, reason: 'suppressed', participation: { reason: 'suppressed', responded: null } });
    expect(alone).toMatchObject({ suppressed: true, reason: 'too-few', participation: { reason: 'too-few', invited: 'fewer-than-threshold', responded: null } });
  });

  it('lets "group alone" be shown only where it opens no hole next to the group and its children', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [
      { key: 'P', answers: same(3, calm) },
      { key: 'A', parent: 'P', answers: same(3, calm) },
      { key: 'B', parent: 'P', answers: same(1, calm) },
    ]);
    // P = 7: P alone (3) and A (3) together would leave B's one person as the remainder.
    const [p, alone, a, b] = await results(org, roundId, [{ key: 'P' }, { key: 'P', alone: true }, { key: 'A' }, { key: 'B' }]);
    expect(p!.suppressed).toBe(false);
    expect(b).toMatchObject({ suppressed: true, reason: 'too-few' });
    expect([alone!.suppressed, a!.suppressed].sort()).toEqual([false, true]);
  });

  it('shows the group alone and its child when both hold enough people', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [
      { key: 'P', answers: same(3, calm) },
      { key: 'C', parent: 'P', answers: same(3, calm) },
    ]);
    const views = await results(org, roundId, [{ key: 'P' }, { key: 'P', alone: true }, { key: 'C' }, { key: '*' }]);
    expect(views.map((v) => v.suppressed)).toEqual([false, false, false, false]);
  });

  it('treats "alone" on a group without children as the group itself', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'Blad', answers: same(3, calm) }]);
    const [alone] = await results(org, roundId, [{ key: 'Blad', alone: true }]);
    expect(alone).toMatchObject({ key: org.groups.Blad, alone: false, suppressed: false });
  });
});

describe('change since the previous round', () => {
  async function twoRounds(previous: Parameters<typeof createResultsRound>[1], current: Parameters<typeof createResultsRound>[1]) {
    const org = await createResultsOrg();
    await createResultsRound(org, previous, { name: 'LederAPV 2025', opensAt: new Date(Date.now() - 400 * DAY) });
    const { roundId } = await createResultsRound(org, current, { name: 'LederAPV 2026', opensAt: new Date(Date.now() - 40 * DAY) });
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    const compare = async (key: string) => {
      const ref = { groupId: org.groups[key]!, alone: false };
      const current = (await resultsForViews(ctx, [ref])).get(ref.groupId!)!;
      return compareWithPrevious(ctx, ref, current);
    };
    return { org, compare };
  }

  it('gives the change in balance and per item where the group is shown in both rounds', async () => {
    const { compare } = await twoRounds(
      [
        { key: 'A', answers: same(3, { strain: 4, resource: 2 }) },
        { key: 'B', answers: same(3, calm) },
      ],
      [
        { key: 'A', answers: same(3, { strain: 3, resource: 3 }) },
        { key: 'B', answers: same(3, calm) },
      ],
    );
    const change = await compare('A');
    expect(change).toMatchObject({ roundName: 'LederAPV 2025', balance: 2, strainMean: -1, resourceMean: 1 });
    expect(Object.values(change!.items).every((d) => Math.abs(d) === 1)).toBe(true);
  });

  it('gives no change when the group was below the threshold last time (people moved between groups)', async () => {
    const { compare } = await twoRounds(
      [
        { key: 'A', answers: same(2, { strain: 4, resource: 2 }) },
        { key: 'B', answers: same(4, calm) },
      ],
      [
        { key: 'A', answers: same(3, calm) },
        { key: 'B', answers: same(3, calm) },
      ],
    );
    expect(await compare('A')).toBeNull();
  });

  it('gives no change when the group is suppressed now, though it was shown before', async () => {
    const { compare } = await twoRounds(
      [
        { key: 'A', answers: same(3, calm) },
        { key: 'B', answers: same(3, calm) },
      ],
      [
        { key: 'A', answers: same(3, calm) },
        { key: 'B', answers: same(2, calm) },
      ],
    );
    // Now: A (3) next to B (2) would leave the organisation minus A = 2: A is suppressed.
    expect(await compare('A')).toBeNull();
  });
});

describe('comments', () => {
  it('are published only for a shown view, in random order, as side and text only, without hidden ones', async () => {
    const org = await createResultsOrg();
    const texts = Array.from({ length: 8 }, (_, i) => `Kommentar ${i}`);
    const { roundId } = await createResultsRound(org, [
      { key: 'Stor', answers: texts.map((t) => ({ ...calm, comments: { strain: t } })) },
      { key: 'Lille', answers: [{ ...calm, comments: { resource: 'Kun to af os' } }, calm] },
      // Keeps the organisation minus Stor at 5, so Stor itself can be shown.
      { key: 'Anden', answers: same(3, calm) },
    ]);
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    const stor = { groupId: org.groups.Stor!, alone: false };
    const published = (await commentsFor(ctx, stor, { moderate: false }))!;
    expect(published.map((c) => c.body).sort()).toEqual(texts);
    for (const c of published) expect(Object.keys(c).sort()).toEqual(['body', 'side']);
    expect(await commentsFor(ctx, { groupId: org.groups.Lille!, alone: false }, { moderate: true })).toBeNull();
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) orders.add((await commentsFor(ctx, stor, { moderate: false }))!.map((c) => c.body).join('|'));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('can be hidden by HR through the moderation handle, audited without the text', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'G', answers: [{ ...calm, comments: { strain: 'Min chef Jens råber' } }, ...same(4, calm)] }]);
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    const ref = { groupId: org.groups.G!, alone: false };
    const [comment] = (await commentsFor(ctx, ref, { moderate: true })) as { handle: string }[];
    expect(comment!.handle).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hr = await ownerDb().user.create({ data: { email: `hr.${roundId}@example.test` } });
    const hrIn = (organisationId: string) => memberActor({ organisationId, userId: hr.id, email: hr.email, membershipId: hr.id, role: 'HR_ADMIN', scopeGroupIds: [] });
    await hideComment(hrIn(org.organisationId), { roundId, handle: comment!.handle });
    expect(await commentsFor(ctx, ref, { moderate: true })).toEqual([]);
    const audit = await scopedDb(org.organisationId).auditLogEntry.findFirstOrThrow({ where: { action: 'comment.hidden' } });
    expect(audit).toMatchObject({ actorUserId: hr.id, targetType: 'round', targetId: roundId });
    expect(JSON.stringify(audit)).not.toContain('Jens');
    await expect(hideComment(hrIn(org.organisationId), { roundId, handle: 'not-a-handle' })).rejects.toMatchObject({ code: 'not_found' });
    const other = await createResultsOrg();
    await expect(hideComment(hrIn(other.organisationId), { roundId, handle: comment!.handle })).rejects.toMatchObject({ code: 'not_found' });
  });
});
