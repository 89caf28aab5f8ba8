import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as poolConcernRoute } from '@/app/api/r/[token]/pool-concern/route';
import { currentQuestionnaire } from '@/content/questionnaires';
import { AppError } from '@/lib/platform/errors';
import { personalLinkFor, responseKeyFor } from '@/lib/domains/invitations/links';
import { applyRetention } from '@/lib/domains/privacy/retention';
import { eraseLeader } from '@/lib/domains/privacy/erase-leader';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import { poolFor } from '@/lib/domains/responses/pool';
import { raisePoolConcern } from '@/lib/domains/responses/pool-concern';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { rateLimits } from '@/lib/platform/rate-limit/limits';
import { listPoolConcerns, WHOLE_ROUND_GROUP_ID } from '@/lib/domains/responses/pool-concerns';
import { openRound } from '@/lib/domains/rounds/open-round';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { ownerDb } from '@/tests/support/owner-db';
import { callerFor } from '../fixtures/groups';
import { fullAnswers } from '../fixtures/respondents';
import { createDraft, createRoundsOrg, DAY } from '../fixtures/rounds';
import { createStaff } from '../fixtures/staff';
import { useMailAndJobs } from '../support/mail-and-jobs';

const delivery = useMailAndJobs();

type Org = Awaited<ReturnType<typeof createRoundsOrg>>;
type Invitation = { id: string; organisationId: string; roundId: string; groupId: string; leaderId: string };

/** What the leader's personal link resolves to (lib/domains/responses/respondent-for-token.ts). */
function contextOf(invitation: Invitation): RespondentActor {
  return {
    kind: 'respondent',
    organisationId: invitation.organisationId,
    roundId: invitation.roundId,
    invitationId: invitation.id,
    groupId: invitation.groupId,
    responseKey: responseKeyFor(invitation.id),
    questionnaire: currentQuestionnaire,
  };
}

/**
 * createRoundsOrg's tree opened as a round over Direktion, threshold 3:
 *
 *   Direktion (1)
 *   ├── Sundhed (3)
 *   │   └── Plejecentre (3)
 *   └── Teknik (2)
 */
async function openedRound(org: Org, threshold = 3) {
  const draft = await createDraft(org.caller, { groupIds: [org.groups.direktion.id], anonymityThreshold: threshold });
  await openRound(org.caller, draft.id);
  const invitations = await scopedDb(org.organisationId).invitation.findMany({ where: { roundId: draft.id } });
  const invitationOf = (leader: { id: string }) => invitations.find((i) => i.leaderId === leader.id)!;
  return { roundId: draft.id, invitations, invitationOf, ctxOf: (leader: { id: string }) => contextOf(invitationOf(leader)) };
}

async function rename(leader: { id: string }, name: string) {
  await ownerDb().leader.update({ where: { id: leader.id }, data: { name } });
}

describe('whom a leader is pooled with', () => {
  it('names the other invited leaders of the leader’s group, and never the leader themself', async () => {
    const org = await createRoundsOrg();
    const [me, second, third] = org.leaders.pleje;
    await rename(me!, 'Mette Holm');
    // Told apart by invitation, not by name: a namesake is still listed.
    await rename(second!, 'Mette Holm');
    await rename(third!, 'Bo Hansen');
    const round = await openedRound(org);

    const pool = await poolFor(round.ctxOf(me!));

    expect(pool.countedIn).toEqual(['Plejecentre', 'Sundhed', 'Direktion']);
    expect(pool.population).toEqual({ ref: { groupId: org.groups.pleje.id, alone: false }, shown: true, name: 'Plejecentre' });
    expect(pool.names).toEqual(['Bo Hansen', 'Mette Holm']);
    expect(pool).toMatchObject({ others: 2, erased: 0 });
  });

  it('shows a leader in a padded group the two leaders added beside them', async () => {
    const org = await createRoundsOrg();
    const okonomi = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Økonomi', parentId: org.groups.direktion.id } });
    const leader = (name: string, email: string) =>
      ownerDb().leader.create({ data: { organisationId: org.organisationId, groupId: okonomi.id, name, email: `${email}.${okonomi.id.slice(0, 8)}@example.test` } });
    const real = await leader('Karin Lund', 'karin');
    // Two addresses HR controls, added to make the group big enough to show.
    await leader('Test Testesen', 'hr-test1');
    await leader('Tina Prøve', 'hr-test2');
    const round = await openedRound(org);

    const pool = await poolFor(round.ctxOf(real));

    expect(pool.population).toMatchObject({ ref: { groupId: okonomi.id, alone: false }, shown: true, name: 'Økonomi' });
    expect(pool.countedIn).toEqual(['Økonomi', 'Direktion']);
    expect(pool.names).toEqual(['Test Testesen', 'Tina Prøve']);
  });

  it('pools a leader in a group too small to show with the nearest group that can', async () => {
    const org = await createRoundsOrg();
    const everyone = [...org.leaders.direktion, ...org.leaders.sundhed, ...org.leaders.pleje, ...org.leaders.teknik];
    const names = ['Zenia Ulla', 'Åse Holm', 'Ønne Berg', 'Ærenlund Bo', 'Bo Hansen', 'Carl Nielsen', 'Dorte Friis', 'Eva Lund', 'Frej Dam'];
    for (const [i, leader] of everyone.entries()) await rename(leader, names[i]!);
    const round = await openedRound(org);
    const me = org.leaders.teknik[0]!;

    const pool = await poolFor(round.ctxOf(me));

    // Teknik (2) can never show; Direktion with everything below it can.
    expect(pool.population).toMatchObject({ ref: { groupId: org.groups.direktion.id, alone: false }, shown: true, name: 'Direktion' });
    expect(pool.countedIn).toEqual(['Teknik', 'Direktion']);
    // Danish order: Z before Æ, Ø, Å. The leader (Eva Lund) is not listed; archived leaders were never invited.
    expect(pool.names).toEqual(['Bo Hansen', 'Carl Nielsen', 'Dorte Friis', 'Frej Dam', 'Zenia Ulla', 'Ærenlund Bo', 'Ønne Berg', 'Åse Holm']);
    expect(pool.others).toBe(8);
  });

  it('tells the one leader invited in their group what a reader of the database could see, and no one else', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    // Direktion invites one leader of its own (the groups below it have theirs).
    expect((await poolFor(round.ctxOf(org.leaders.direktion[0]!))).aloneInOwnGroup).toBe(true);
    expect((await poolFor(round.ctxOf(org.leaders.teknik[0]!))).aloneInOwnGroup).toBe(false);
    expect((await poolFor(round.ctxOf(org.leaders.pleje[0]!))).aloneInOwnGroup).toBe(false);
  });

  it('counts a leader whose data was erased, without a name', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    const [me, gone] = org.leaders.pleje;
    await eraseLeader(callerFor(org.organisationId), gone!.id);

    const pool = await poolFor(round.ctxOf(me!));

    expect(pool).toMatchObject({ others: 2, erased: 1, names: [org.leaders.pleje[2]!.name] });
    expect(pool.names).not.toContain('—');
  });

  it('says nothing about who answered', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    const me = round.ctxOf(org.leaders.pleje[0]!);
    const before = await poolFor(me);
    expect(JSON.stringify(before)).not.toMatch(/answer|submit|respon|status|sent/i);

    for (const leader of [...org.leaders.pleje, ...org.leaders.sundhed.slice(0, 1)]) {
      const ctx = round.ctxOf(leader);
      await saveAnswers(ctx, { answers: fullAnswers({ strain: 2, resource: 3 }) });
      await submitResponse(ctx);
    }

    expect(await poolFor(me)).toEqual(before);
  });
});

describe('a concern that someone in the pool is not a leader in the group', () => {
  it('records a concern with no link to the invitation or leader, mails MED/AMO in their language, and limits it per link', async () => {
    const org = await createRoundsOrg();
    // Opened before MED/AMO join, so the round needs no second person's approval here.
    const round = await openedRound(org);
    const medDa = await createStaff(org.organisationId, 'MED_AMO', { locale: 'da' });
    const medEn = await createStaff(org.organisationId, 'MED_AMO', { locale: 'en' });
    const hr = await createStaff(org.organisationId, 'HR_ADMIN', { locale: 'da' });
    const leader = org.leaders.pleje[0]!;
    const me = round.ctxOf(leader);
    expect((await poolFor(me)).concernsGoTo).toBe('med-amo');
    const auditBefore = await ownerDb().auditLogEntry.count({ where: { organisationId: org.organisationId } });

    await raisePoolConcern(me, { message: '  Test Testesen er ikke leder her.\r\nHun er fra HR.  ' });

    const concerns = await ownerDb().poolConcern.findMany({ where: { roundId: round.roundId } });
    expect(concerns).toHaveLength(1);
    const concern = concerns[0]!;
    expect(Object.keys(concern).sort()).toEqual(['createdAt', 'groupId', 'id', 'message', 'organisationId', 'roundId']);
    expect(concern).toMatchObject({ groupId: org.groups.pleje.id, message: 'Test Testesen er ikke leder her.\nHun er fra HR.' });
    // A random v4 id: nothing orders it beside the invitations or answers of the round.
    expect(concern.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const stored = JSON.stringify(concern);
    for (const personal of [me.invitationId, leader.id, leader.name, leader.email, me.responseKey]) expect(stored).not.toContain(personal);
    // Nothing was written about the leader's answers.
    expect(await ownerDb().response.count({ where: { roundId: round.roundId } })).toBe(0);
    // The per-link counter holds a keyed hash, never the invitation.
    expect(JSON.stringify(await ownerDb().rateLimitCounter.findMany())).not.toContain(me.invitationId);

    const audit = await ownerDb().auditLogEntry.findMany({ where: { organisationId: org.organisationId }, orderBy: { createdAt: 'asc' } });
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({
      action: 'round.pool-concern',
      actorUserId: null,
      actorApiKeyId: null,
      ip: null,
      userAgent: null,
      targetType: 'round',
      targetId: round.roundId,
      details: { concernId: concern.id },
    });

    const danish = await delivery.smtp.waitForMessage((m) => m.to.includes(medDa.user.email), 15_000);
    const english = await delivery.smtp.waitForMessage((m) => m.to.includes(medEn.user.email), 15_000);
    expect(danish.subject).toBe('LederAPV 2027: en leder mener, at nogen i Plejecentre ikke hører til');
    expect(english.subject).toBe('LederAPV 2027: a leader thinks someone in Plejecentre does not belong');
    for (const mail of [danish, english]) {
      expect(mail.text).toContain('Test Testesen er ikke leder her.');
      expect(mail.text).toContain(`/${org.organisation.slug}/rounds/${round.roundId}`);
      for (const personal of [leader.name, leader.email]) expect(mail.text + mail.html).not.toContain(personal);
    }
    expect(danish.text).toContain('Ledertrivsel ved ikke, hvem der skrev beskeden.');
    expect(english.text).toContain('Ledertrivsel does not know who wrote the message.');
    expect(delivery.smtp.messages.some((m) => m.to.includes(hr.user.email))).toBe(false);

    // Three a day from one link; another leader's link is not held back by it.
    for (let i = 1; i < rateLimits.poolConcernsPerLink.limit; i++) await raisePoolConcern(me, { message: '' });
    await expect(raisePoolConcern(me, { message: 'Once more' })).rejects.toMatchObject({ code: 'rate_limited' });
    await raisePoolConcern(round.ctxOf(org.leaders.pleje[1]!), { message: '' });
    expect(await ownerDb().poolConcern.count({ where: { roundId: round.roundId } })).toBe(rateLimits.poolConcernsPerLink.limit + 1);
  });

  it('tells HR when the organisation has no MED/AMO member', async () => {
    const org = await createRoundsOrg();
    const hr = await createStaff(org.organisationId, 'HR_ADMIN', { locale: 'en' });
    const top = await createStaff(org.organisationId, 'TOP_MANAGEMENT', { locale: 'da' });
    const round = await openedRound(org);
    const me = round.ctxOf(org.leaders.teknik[0]!);
    expect((await poolFor(me)).concernsGoTo).toBe('hr');

    await raisePoolConcern(me, {});

    const mail = await delivery.smtp.waitForMessage((m) => m.to.includes(hr.user.email), 15_000);
    // Teknik is too small to show: the concern is filed under the population the leader saw.
    expect(mail.subject).toBe('LederAPV 2027: a leader thinks someone in Direktion does not belong');
    expect(mail.text).toContain('The leader wrote no message.');
    expect(mail.text).toContain('because the organisation has no MED/AMO representatives');
    expect(delivery.smtp.messages.some((m) => m.to.includes(top.user.email))).toBe(false);
  });

  it('refuses a message that is too long or cannot be stored, writing and counting nothing', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    const me = round.ctxOf(org.leaders.pleje[0]!);

    await expect(raisePoolConcern(me, { message: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(raisePoolConcern(me, { message: 'nul\u0000' })).rejects.toBeInstanceOf(AppError);
    // A thousand characters with line breaks fits, although the browser sends each break as two.
    await raisePoolConcern(me, { message: `${'x'.repeat(498)}\r\n${'y'.repeat(500)}` });

    expect(await ownerDb().poolConcern.count({ where: { roundId: round.roundId } })).toBe(1);
    // The refused two did not count against the link's limit.
    for (let i = 1; i < rateLimits.poolConcernsPerLink.limit; i++) await raisePoolConcern(me, {});
    await expect(raisePoolConcern(me, {})).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('takes the questionnaire’s plain form through the personal link and answers with a redirect back to the page', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    await createStaff(org.organisationId, 'MED_AMO');
    const { url } = await personalLinkFor(ownerDb(), round.invitationOf(org.leaders.pleje[0]!));
    const token = url.split('/').pop()!;
    const post = (t: string, body: string) =>
      poolConcernRoute(new NextRequest(`http://t/api/r/${t}/pool-concern`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), {
        params: Promise.resolve({ token: t }),
      });

    const sent = await post(token, new URLSearchParams({ message: 'Jeg kender ikke Tina Prøve' }).toString());
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/r/${token}?pool=sent#pool`);
    expect(sent.headers.get('referrer-policy')).toBe('no-referrer');
    expect(sent.headers.get('cache-control')).toBe('no-store');
    expect(await ownerDb().poolConcern.findMany({ where: { roundId: round.roundId }, select: { message: true } })).toEqual([{ message: 'Jeg kender ikke Tina Prøve' }]);

    // An unknown link, and a round that has closed since the page was opened: back to the page, which says so.
    const forged = 'x'.repeat(43);
    expect((await post(forged, 'message=')).headers.get('location')).toBe(`/r/${forged}`);
    await ownerDb().round.update({ where: { id: round.roundId }, data: { status: 'CLOSED', closedAt: new Date() } });
    expect((await post(token, 'message=')).headers.get('location')).toBe(`/r/${token}`);
    expect(await ownerDb().poolConcern.count({ where: { roundId: round.roundId } })).toBe(1);
  });

  it('lists a round’s concerns for HR and MED/AMO by group and day, and forgets them with the round’s raw data', async () => {
    const org = await createRoundsOrg();
    const round = await openedRound(org);
    await raisePoolConcern(round.ctxOf(org.leaders.pleje[0]!), { message: 'Ukendt navn' });
    await ownerDb().poolConcern.create({
      data: { organisationId: org.organisationId, roundId: round.roundId, groupId: WHOLE_ROUND_GROUP_ID, message: '', createdAt: new Date('2026-03-01T23:30:00Z') },
    });

    const listed = await listPoolConcerns(scopedDb(org.organisationId), round.roundId);

    expect(listed.map(({ id: _id, ...rest }) => rest)).toEqual([
      { groupName: 'Plejecentre', message: 'Ukendt navn', day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      // 23:30 UTC on 1 March is 2 March in Copenhagen.
      { groupName: null, message: '', day: '2026-03-02' },
    ]);
    const other = await createRoundsOrg('Another organisation');
    expect(await listPoolConcerns(scopedDb(other.organisationId), round.roundId)).toEqual([]);

    await ownerDb().round.update({ where: { id: round.roundId }, data: { status: 'CLOSED', closedAt: new Date(Date.now() - 6 * 365 * DAY) } });
    await applyRetention();
    expect(await ownerDb().poolConcern.count({ where: { roundId: round.roundId } })).toBe(0);
  });
});
