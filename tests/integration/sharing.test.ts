import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import type { RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { sealLegacyShares } from '@/lib/domains/sharing/seal-legacy';
import { getShareState, shareBalance, sharedWithManager, withdrawShare } from '@/lib/domains/sharing/share';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

async function managerWithAccess(organisationId: string, email: string) {
  const user = await ownerDb().user.upsert({ where: { email }, update: {}, create: { email } });
  await ownerDb().membership.create({ data: { organisationId, userId: user.id, role: 'MANAGER_OF_LEADERS' } });
}

async function submittedLeaderWithManager(managerHasAccess: boolean) {
  const r = await createRespondent();
  await ownerDb().leader.update({ where: { id: r.leader.id }, data: { managerEmail: 'chef@example.test' } });
  if (managerHasAccess) await managerWithAccess(r.organisation.id, 'chef@example.test');
  await saveAnswers(r.ctx, { answers: fullAnswers({ strain: 4, resource: 2, relation: -1, overall: 2 }), comments: { strain: 'Privat' } });
  await submitResponse(r.ctx);
  const link = { state: 'open', ctx: r.ctx, round: r.round, organisation: r.organisation, leaderLocale: 'da' } as Extract<RespondentLink, { state: 'open' }>;
  return { ...r, link };
}

const itemKeys = q.items.map((i) => i.key);

describe("sharing one's own balance with the nearest manager", () => {
  it('shares nothing until the leader confirms', async () => {
    const { link, organisation } = await submittedLeaderWithManager(true);
    const state = await getShareState(link);
    expect(state).toMatchObject({ managerEmail: 'chef@example.test', managerHasAccess: true, shared: false, sharedWithEarlier: [] });
    expect(state.preview?.balance).toBe(-2);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([]);
  });

  it('shows the manager what the leader was promised and nothing more: name, round, date, balance, side means and item answers', async () => {
    const { link, organisation, leader, round } = await submittedLeaderWithManager(true);
    const preview = (await getShareState(link)).preview!;
    const sharedAt = new Date('2027-03-04T10:00:00Z');
    await shareBalance(link, sharedAt);
    const shares = await sharedWithManager(organisation.id, 'chef@example.test');
    expect(shares).toEqual([
      {
        leaderName: leader.name,
        roundName: round.name,
        sharedOn: sharedAt,
        questionnaireVersion: q.version,
        balance: preview.balance,
        strainMean: preview.strainMean,
        resourceMean: preview.resourceMean,
        items: preview.items,
      },
    ]);
    // Exactly the consent screen's list: no relations, no overall answer, no comment, no id.
    const card = shares[0]!;
    expect(Object.keys(card).sort()).toEqual(['balance', 'items', 'leaderName', 'questionnaireVersion', 'resourceMean', 'roundName', 'sharedOn', 'strainMean']);
    expect(card.items.map((i) => i.key)).toEqual(itemKeys);
    expect(card.items.every((i) => Object.keys(i).sort().join() === 'key,side,value')).toBe(true);
    expect(JSON.stringify(card)).not.toMatch(/relation\.|overall|Privat|invitation|response/i);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'balance.shared' } })).toBe(1);
    expect(await sharedWithManager(organisation.id, 'someone.else@example.test')).toEqual([]);
    // The manager is found by their sign-in address, whatever its capitals — and only by it:
    // "_" and "%" are characters of an address, not patterns.
    expect(await sharedWithManager(organisation.id, 'Chef@Example.test')).toHaveLength(1);
    expect(await sharedWithManager(organisation.id, 'c_ef@example.test')).toEqual([]);
    expect(await sharedWithManager(organisation.id, '%')).toEqual([]);
  });

  it('keeps the copy sealed: a database reader sees no shared value', async () => {
    const { link, organisation } = await submittedLeaderWithManager(true);
    await shareBalance(link);
    const rows = await ownerDb().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "SharedBalance" WHERE "organisationId" = $1::uuid`, organisation.id);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.snapshot).toBeNull();
    expect(row.sealedSnapshot).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    const stored = JSON.stringify(row);
    for (const key of itemKeys) expect(stored).not.toContain(key);
    expect(stored).not.toMatch(/"value"|balance|strainMean|questionnaireVersion/);
  });

  it('deletes the copy when the leader withdraws, and keeps that they shared', async () => {
    const { link, organisation, invitation } = await submittedLeaderWithManager(true);
    await shareBalance(link);
    const withdrawnAt = new Date('2027-03-05T08:00:00Z');
    await withdrawShare(link, withdrawnAt);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([]);
    expect((await getShareState(link)).shared).toBe(false);
    const tombstone = await ownerDb().sharedBalance.findFirstOrThrow({ where: { invitationId: invitation.id } });
    expect(tombstone).toMatchObject({ managerEmail: 'chef@example.test', sealedSnapshot: null, snapshot: null, withdrawnAt });
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'balance.share-withdrawn' } })).toBe(1);
    // Withdrawing again changes nothing; sharing again renews the same row.
    await withdrawShare(link);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'balance.share-withdrawn' } })).toBe(1);
    await shareBalance(link);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toHaveLength(1);
    expect(await ownerDb().sharedBalance.count({ where: { invitationId: invitation.id } })).toBe(1);
    expect((await getShareState(link)).shared).toBe(true);
  });

  it('ends the earlier manager’s copy when the leader shares with a new manager, and keeps that it was shared', async () => {
    const { link, organisation, leader, invitation } = await submittedLeaderWithManager(true);
    await shareBalance(link);
    await ownerDb().leader.update({ where: { id: leader.id }, data: { managerEmail: 'ny.chef@example.test' } });
    await managerWithAccess(organisation.id, 'ny.chef@example.test');
    expect(await getShareState(link)).toMatchObject({ managerEmail: 'ny.chef@example.test', shared: false, sharedWithEarlier: ['chef@example.test'] });

    await shareBalance(link);
    expect(await getShareState(link)).toMatchObject({ shared: true, sharedWithEarlier: [] });
    expect(await sharedWithManager(organisation.id, 'ny.chef@example.test')).toHaveLength(1);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([]);
    const rows = await ownerDb().sharedBalance.findMany({ where: { invitationId: invitation.id }, orderBy: { managerEmail: 'asc' } });
    expect(rows.map((r) => [r.managerEmail, r.sealedSnapshot !== null, r.withdrawnAt !== null])).toEqual([
      ['chef@example.test', false, true],
      ['ny.chef@example.test', true, false],
    ]);
  });

  it('refuses to share with a manager who cannot sign in to the organisation', async () => {
    const { link, organisation } = await submittedLeaderWithManager(false);
    await expect(shareBalance(link)).rejects.toMatchObject({ code: 'conflict' });
    expect(await ownerDb().sharedBalance.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it('seals copies kept in the clear from before sealing, once, at the start', async () => {
    const { link, organisation, invitation, round, leader } = await submittedLeaderWithManager(true);
    const preview = (await getShareState(link)).preview!;
    const legacy = await ownerDb().sharedBalance.create({
      data: { organisationId: organisation.id, roundId: round.id, invitationId: invitation.id, leaderName: leader.name, managerEmail: 'chef@example.test', snapshot: preview },
    });
    // Readable before it is sealed, too: a request may come before the start has sealed it.
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([expect.objectContaining({ balance: preview.balance, items: preview.items })]);

    expect(await sealLegacyShares()).toBeGreaterThanOrEqual(1);
    const sealed = await ownerDb().sharedBalance.findUniqueOrThrow({ where: { id: legacy.id } });
    expect(sealed.snapshot).toBeNull();
    expect(sealed.sealedSnapshot).toMatch(/^v1\./);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([expect.objectContaining({ leaderName: leader.name, balance: preview.balance, items: preview.items })]);

    expect(await sealLegacyShares()).toBe(0);
    expect((await ownerDb().sharedBalance.findUniqueOrThrow({ where: { id: legacy.id } })).sealedSnapshot).toBe(sealed.sealedSnapshot);
  });
});
