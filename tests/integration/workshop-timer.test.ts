import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { GET as timerGet, POST as timerPost } from '@/app/(app)/[orgSlug]/workshop/[roundId]/[groupId]/timer/route';
import { commandAgendaClock, readAgendaClock } from '@/lib/domains/workshop/timer';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { ownerDb } from '../support/owner-db';
import { dialogueOrg } from '../fixtures/dialogue';

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; locale: 'da' | 'en' } }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 11, 9, 0) + minutes * 60_000);
const MIN = 60_000;

describe('the workshop’s shared agenda clock', () => {
  it('starts, pauses, resumes, moves to the dialogue and resets on the server’s clock, one row per round and group', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    const target = { roundId, groupId: org.groups.Sundhed! };

    const standing = await readAgendaClock(hr, target, at(0));
    expect(standing).toMatchObject({ step: 0, knowledgeMinutes: 45, dialogueMinutes: 45, startedAt: null, elapsedMs: 0 });

    expect(await commandAgendaClock(hr, target, { action: 'start' }, at(0))).toMatchObject({ startedAt: at(0).toISOString(), elapsedMs: 0 });
    // Another screen reading ten minutes later sees the same running clock.
    expect(await readAgendaClock(hr, target, at(10))).toMatchObject({ startedAt: at(0).toISOString(), serverNow: at(10).toISOString() });
    expect(await commandAgendaClock(hr, target, { action: 'pause' }, at(10))).toMatchObject({ startedAt: null, elapsedMs: 10 * MIN });
    expect(await readAgendaClock(hr, target, at(30))).toMatchObject({ startedAt: null, elapsedMs: 10 * MIN });
    expect(await commandAgendaClock(hr, target, { action: 'start' }, at(30))).toMatchObject({ startedAt: at(30).toISOString(), elapsedMs: 10 * MIN });
    expect(await commandAgendaClock(hr, target, { action: 'step', step: 1 }, at(40))).toMatchObject({ step: 1, startedAt: at(40).toISOString(), elapsedMs: 0 });
    expect(await commandAgendaClock(hr, target, { action: 'minutes', knowledgeMinutes: 30, dialogueMinutes: 60 }, at(41))).toMatchObject({ knowledgeMinutes: 30, dialogueMinutes: 60, step: 1 });
    expect(await commandAgendaClock(hr, target, { action: 'reset' }, at(50))).toMatchObject({ step: 0, startedAt: null, elapsedMs: 0, knowledgeMinutes: 30, dialogueMinutes: 60 });

    expect(await scopedDb(org.organisationId).workshopTimer.findMany({ select: { groupId: true, roundId: true } })).toEqual([{ groupId: org.groups.Sundhed, roundId }]);
    // Another group's clock is its own.
    expect(await readAgendaClock(hr, { roundId, groupId: org.groups.Pleje! }, at(50))).toMatchObject({ startedAt: null, knowledgeMinutes: 45 });
  });

  it('applies two facilitators’ simultaneous starts once', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    const manager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    const target = { roundId, groupId: org.groups.Pleje! };
    await Promise.all([commandAgendaClock(hr, target, { action: 'start' }, at(0)), commandAgendaClock(manager, target, { action: 'start' }, at(1))]);
    const clock = await readAgendaClock(hr, target, at(2));
    expect([at(0).toISOString(), at(1).toISOString()]).toContain(clock.startedAt);
    expect(await scopedDb(org.organisationId).workshopTimer.count()).toBe(1);
  });

  it('lets readers read but not change it, and a manager of leaders change only their subtree’s', async () => {
    const { org, roundId, viewer, plejeLeaderEmail } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    const pleje = { roundId, groupId: org.groups.Pleje! };
    await commandAgendaClock(hr, pleje, { action: 'start' }, at(0));
    for (const reader of [await viewer('MED_AMO'), await viewer('LEADER', { email: plejeLeaderEmail })]) {
      expect(await readAgendaClock(reader, pleje, at(5))).toMatchObject({ startedAt: at(0).toISOString() });
      expect(await refusal(commandAgendaClock(reader, pleje, { action: 'pause' }, at(5)))).toMatchObject({ code: 'forbidden' });
    }
    const manager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    await commandAgendaClock(manager, pleje, { action: 'pause' }, at(6));
    expect(await refusal(commandAgendaClock(manager, { roundId, groupId: org.groups.Teknik! }, { action: 'start' }, at(6)))).toMatchObject({ code: 'not_found' });
    expect(await readAgendaClock(hr, pleje, at(9))).toMatchObject({ startedAt: null, elapsedMs: 6 * MIN });
  });

  it('is invisible to another organisation, which can neither read nor change it, and the database refuses it too', async () => {
    const a = await dialogueOrg('A');
    const b = await dialogueOrg('B');
    const hrA = await viewer(a);
    const hrB = await viewer(b);
    const targetA = { roundId: a.roundId, groupId: a.org.groups.Sundhed! };
    await commandAgendaClock(hrA, targetA, { action: 'start' }, at(0));
    expect(await refusal(readAgendaClock(hrB, targetA, at(1)))).toMatchObject({ code: 'not_found' });
    expect(await refusal(commandAgendaClock(hrB, targetA, { action: 'pause' }, at(1)))).toMatchObject({ code: 'not_found' });
    // B's own round with A's group: still nothing.
    expect(await refusal(commandAgendaClock(hrB, { roundId: b.roundId, groupId: a.org.groups.Sundhed! }, { action: 'start' }, at(1)))).toMatchObject({ code: 'not_found' });
    expect(await scopedDb(b.org.organisationId).workshopTimer.count()).toBe(0);
    // Through B's door the database itself shows none of A's clocks, even asked for by id.
    const row = await ownerDb().workshopTimer.findFirstOrThrow({ where: { organisationId: a.org.organisationId } });
    expect(await scopedDb(b.org.organisationId).$queryRaw`SELECT id FROM "WorkshopTimer" WHERE id = ${row.id}::uuid`).toEqual([]);
    expect(await readAgendaClock(hrA, targetA, at(2))).toMatchObject({ startedAt: at(0).toISOString() });

    async function viewer(x: Awaited<ReturnType<typeof dialogueOrg>>) {
      return x.viewer('HR_ADMIN');
    }
  });

  it('through its route: polled by a reader, changed by the facilitator only, with a malformed command a 400', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const url = `http://t/${org.slug}/workshop/${roundId}/${org.groups.Sundhed}/timer`;
    const params = { params: Promise.resolve({ orgSlug: org.slug, roundId, groupId: org.groups.Sundhed! }) };
    const post = (body: unknown) => timerPost(new NextRequest(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: 'http://t' } }), params);
    const signIn = (v: { userId: string; email: string | null }) => (signedIn.user = { id: v.userId, email: v.email!, name: null, locale: 'da' });

    signIn(await viewer('HR_ADMIN'));
    const started = await post({ action: 'start' });
    expect(started.status).toBe(200);
    expect(started.headers.get('cache-control')).toBe('no-store');
    expect(await started.json()).toMatchObject({ step: 0, startedAt: expect.any(String), serverNow: expect.any(String) });
    expect((await post({ action: 'minutes', knowledgeMinutes: 0, dialogueMinutes: 45 })).status).toBe(400);
    expect((await post({ action: 'explode' })).status).toBe(400);

    signIn(await viewer('MED_AMO'));
    const polled = await timerGet(new NextRequest(url), params);
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ startedAt: expect.any(String) });
    expect((await post({ action: 'pause' })).status).toBe(403);
  });
});
