import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { saveAnswers, submitResponse } from '@/lib/responses/mutations';
import type { RespondentLink } from '@/lib/responses/respondent-for-token';
import { getShareState, shareBalance, sharedWithManager, withdrawShare } from '@/lib/sharing/share';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

async function submittedLeaderWithManager(managerHasAccess: boolean) {
  const r = await createRespondent();
  await ownerDb().leader.update({ where: { id: r.leader.id }, data: { managerEmail: 'chef@example.test' } });
  if (managerHasAccess) {
    const user = await ownerDb().user.upsert({ where: { email: 'chef@example.test' }, update: {}, create: { email: 'chef@example.test' } });
    await ownerDb().membership.create({ data: { organisationId: r.organisation.id, userId: user.id, role: 'MANAGER_OF_LEADERS' } });
  }
  await saveAnswers(r.ctx, { answers: fullAnswers({ strain: 4, resource: 2, relation: -1, overall: 2 }), comments: { strain: 'Privat' } });
  await submitResponse(r.ctx);
  const link = { state: 'open', ctx: r.ctx, round: r.round, organisation: r.organisation, leaderLocale: 'da' } as Extract<RespondentLink, { state: 'open' }>;
  return { ...r, link };
}

describe("sharing one's own balance with the nearest manager", () => {
  it('shares nothing until the leader confirms', async () => {
    const { link, organisation } = await submittedLeaderWithManager(true);
    const state = await getShareState(link);
    expect(state).toMatchObject({ managerEmail: 'chef@example.test', managerHasAccess: true, shared: false });
    expect(state.preview?.balance).toBe(-2);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([]);
  });

  it('shows the manager exactly the previewed balance — not relations, the overall answer or comments — and audits it', async () => {
    const { link, organisation, leader } = await submittedLeaderWithManager(true);
    const preview = (await getShareState(link)).preview;
    await shareBalance(link);
    const shares = await sharedWithManager(organisation.id, 'chef@example.test');
    expect(shares).toHaveLength(1);
    expect(shares[0]!.leaderName).toBe(leader.name);
    expect(shares[0]!.snapshot).toEqual(preview);
    expect(JSON.stringify(shares[0]!.snapshot)).not.toMatch(/relation\.|overall\.|Privat/);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'balance.shared' } })).toBe(1);
    expect(await sharedWithManager(organisation.id, 'someone.else@example.test')).toEqual([]);
  });

  it('deletes the copy when the leader withdraws', async () => {
    const { link, organisation } = await submittedLeaderWithManager(true);
    await shareBalance(link);
    await withdrawShare(link);
    expect(await sharedWithManager(organisation.id, 'chef@example.test')).toEqual([]);
    expect((await getShareState(link)).shared).toBe(false);
  });

  it('refuses to share with a manager who cannot sign in to the organisation', async () => {
    const { link, organisation } = await submittedLeaderWithManager(false);
    await expect(shareBalance(link)).rejects.toMatchObject({ code: 'conflict' });
    expect(await ownerDb().sharedBalance.count({ where: { organisationId: organisation.id } })).toBe(0);
  });
});
