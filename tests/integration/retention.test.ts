import { systemActor } from '@/lib/domains/auth/actor';
import { afterAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { stopJobQueue } from '@/lib/platform/queue';
import { applyRetention, setRetentionYears } from '@/lib/domains/privacy/retention';
import { retentionSchema } from '@/lib/domains/privacy/schemas';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { holdsCopy, sealSnapshot } from '@/lib/domains/sharing/stored-share';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { resultsForViews } from '@/lib/domains/results/views';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import { createResultsOrg, createResultsRound, same, viewerWithoutShares, type GroupSpec } from '../fixtures/results';
import { DAY } from '../fixtures/rounds';

afterAll(async () => {
  await stopJobQueue();
});

const YEAR = 365.25 * DAY;
const tree: GroupSpec[] = [
  { key: 'Direktion', answers: same(3, { strain: 4, resource: 2, comments: { strain: 'For mange møder' } }) },
  { key: 'Sundhed', parent: 'Direktion', answers: [...same(2, { strain: 2, resource: 4 }), { strain: 5, resource: 1 }], silent: 1 },
];

/** A closed round that closed `yearsAgo` years ago, with answers, comments, a live-looking link and a shared balance. */
async function oldRound(org: Awaited<ReturnType<typeof createResultsOrg>>, yearsAgo: number) {
  const { roundId } = await createResultsRound(org, tree, { name: `Runde for ${yearsAgo} år siden` });
  const closedAt = new Date(Date.now() - yearsAgo * YEAR);
  await ownerDb().round.update({ where: { id: roundId }, data: { closedAt, closesAt: closedAt, opensAt: new Date(closedAt.getTime() - 20 * DAY) } });
  const invitation = await ownerDb().invitation.findFirstOrThrow({ where: { roundId } });
  await personalLinkFor(ownerDb(), invitation);
  const copy = { questionnaireVersion: '2026.1', balance: 1, strainMean: 2, resourceMean: 3, items: [] };
  await ownerDb().sharedBalance.create({
    data: { organisationId: org.organisationId, roundId, invitationId: invitation.id, leaderName: 'Anne', managerEmail: 'chef@example.test', sealedSnapshot: sealSnapshot(copy) },
  });
  return roundId;
}

async function rawRows(roundId: string) {
  const [answers, comments, tokens, shares] = await Promise.all([
    ownerDb().answer.count({ where: { response: { roundId } } }),
    ownerDb().responseComment.count({ where: { response: { roundId } } }),
    ownerDb().invitationToken.count({ where: { invitation: { roundId } } }),
    ownerDb().sharedBalance.count({ where: { roundId, ...holdsCopy } }),
  ]);
  return { answers, comments, tokens, shares };
}

async function figures(organisationId: string, roundId: string, groupId: string) {
  const ref: ViewRef = { groupId, alone: false };
  return resultsForViews((await loadRoundContext(viewerWithoutShares(organisationId), roundId))!, [ref]);
}

describe('retention', () => {
  it('deletes an expired round’s raw answers, comments, links and shared copies, and its figures read exactly as before', async () => {
    const org = await createResultsOrg();
    const expired = await oldRound(org, 6);
    const kept = await oldRound(org, 4);
    const before = await figures(org.organisationId, expired, org.groups.Direktion!);
    expect([...before.values()][0]!.suppressed).toBe(false);

    expect(await applyRetention()).toEqual({ rounds: 1 });

    expect(await rawRows(expired)).toEqual({ answers: 0, comments: 0, tokens: 0, shares: 0 });
    expect((await rawRows(kept)).answers).toBeGreaterThan(0);
    expect((await rawRows(kept)).shares).toBe(1);
    // A shared copy goes, but not that it was shared: its manager has seen it (decision 0005).
    expect(await ownerDb().sharedBalance.findMany({ where: { roundId: expired } })).toEqual([
      expect.objectContaining({ leaderName: '—', managerEmail: 'chef@example.test', sealedSnapshot: null, snapshot: null, withdrawnAt: expect.any(Date) }),
    ]);
    expect(await figures(org.organisationId, expired, org.groups.Direktion!)).toEqual(before);
    expect(await ownerDb().round.findUniqueOrThrow({ where: { id: expired } })).toMatchObject({ rawDataDeletedAt: expect.any(Date), aggregatedAt: expect.any(Date) });
    expect(await ownerDb().response.count({ where: { roundId: expired, status: 'SUBMITTED' } })).toBe(6);
    expect(await ownerDb().auditLogEntry.findFirst({ where: { organisationId: org.organisationId, action: 'round.raw-data-deleted', targetId: expired } })).toMatchObject({
      details: { answers: expect.any(Number), comments: 3, links: 1, shares: 1 },
    });

    // Nothing more to do the next night; and closing again can never wipe the sums that are left.
    expect(await applyRetention()).toEqual({ rounds: 0 });
    await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, expired));
    expect(await figures(org.organisationId, expired, org.groups.Direktion!)).toEqual(before);
  });

  it('follows each organisation’s own period', async () => {
    const strict = await createResultsOrg('Streng');
    const caller = systemActor(strict.organisationId);
    const round = await oldRound(strict, 2);
    const other = await createResultsOrg('Anden');
    const otherRound = await oldRound(other, 2);
    await setRetentionYears(caller, 1);
    await applyRetention();
    expect((await rawRows(round)).answers).toBe(0);
    expect((await rawRows(otherRound)).answers).toBeGreaterThan(0);
    expect(await ownerDb().auditLogEntry.findFirst({ where: { organisationId: strict.organisationId, action: 'organisation.retention-changed' } })).toMatchObject({ details: { from: 5, to: 1 } });
  });

  it('accepts only whole years from 1 to 10', () => {
    expect(retentionSchema.safeParse({ retentionYears: '3' }).success).toBe(true);
    for (const bad of ['0', '11', '2.5', '', 'fem']) expect(retentionSchema.safeParse({ retentionYears: bad }).success, bad).toBe(false);
  });
});
