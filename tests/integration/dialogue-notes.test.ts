import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { POST as notesRoute } from '@/app/(app)/[orgSlug]/workshop/[roundId]/[groupId]/notes/route';
import { groupNotes, saveNote } from '@/lib/domains/workshop/notes';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { dialogueOrg } from '../fixtures/dialogue';
import { createResultsRound } from '../fixtures/results';

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; locale: 'da' | 'en' } }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const QUESTION = 'summary.balance-now';

function postNote(slug: string, roundId: string, groupId: string, body: unknown, origin: string | null = 'http://t') {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(origin ? { origin } : {}) };
  return notesRoute(new NextRequest(`http://t/${slug}/workshop/${roundId}/${groupId}/notes`, { method: 'POST', body: JSON.stringify(body), headers }), {
    params: Promise.resolve({ orgSlug: slug, roundId, groupId }),
  });
}

describe('workshop notes', () => {
  it('saves as typed: the same text twice leaves one row, a longer text replaces it, one audit entry per sitting', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const facilitator = await viewer('HR_ADMIN');
    const target = { roundId, groupId: org.groups.Sundhed! };
    await saveNote(facilitator, target, { questionKey: QUESTION, body: 'Vi er pressede' });
    await saveNote(facilitator, target, { questionKey: QUESTION, body: 'Vi er pressede' });
    await saveNote(facilitator, target, { questionKey: QUESTION, body: 'Vi er pressede på tid' });
    const tenant = scopedDb(org.organisationId);
    expect(await tenant.dialogueNote.findMany({ select: { questionKey: true, body: true, groupId: true } })).toEqual([
      { questionKey: QUESTION, body: 'Vi er pressede på tid', groupId: org.groups.Sundhed },
    ]);
    expect(await tenant.auditLogEntry.count({ where: { action: 'dialogue-note.saved' } })).toBe(1);
    const notes = await groupNotes(facilitator, roundId, org.groups.Sundhed!);
    expect(notes.get(QUESTION)?.body).toBe('Vi er pressede på tid');
  });

  it('answers 404 for another organisation’s round or group, and for a group outside the round', async () => {
    const a = await dialogueOrg('A');
    const b = await dialogueOrg('B');
    const hrA = await a.viewer('HR_ADMIN');
    expect(await refusal(saveNote(hrA, { roundId: b.roundId, groupId: b.org.groups.Sundhed! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(saveNote(hrA, { roundId: a.roundId, groupId: b.org.groups.Sundhed! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(groupNotes(hrA, b.roundId, b.org.groups.Sundhed!))).toMatchObject({ code: 'not_found' });
    expect(await scopedDb(b.org.organisationId).dialogueNote.count()).toBe(0);
  });

  it('lets a manager of leaders write only in their subtree', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const manager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    await saveNote(manager, { roundId, groupId: org.groups.Pleje! }, { questionKey: QUESTION, body: 'Pleje: travlt' });
    expect(await refusal(saveNote(manager, { roundId, groupId: org.groups.Teknik! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(saveNote(manager, { roundId, groupId: org.groups.Direktion! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'not_found' });
    expect(await scopedDb(org.organisationId).dialogueNote.count()).toBe(1);
  });

  it('lets a leader read their own group’s notes only, and MED/AMO read every group’s — neither may write', async () => {
    const { org, roundId, viewer, plejeLeaderEmail } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    await saveNote(hr, { roundId, groupId: org.groups.Pleje! }, { questionKey: QUESTION, body: 'Pleje-noten' });
    await saveNote(hr, { roundId, groupId: org.groups.Teknik! }, { questionKey: QUESTION, body: 'Teknik-noten' });
    const leader = await viewer('LEADER', { email: plejeLeaderEmail });
    expect((await groupNotes(leader, roundId, org.groups.Pleje!)).get(QUESTION)?.body).toBe('Pleje-noten');
    expect(await refusal(groupNotes(leader, roundId, org.groups.Sundhed!))).toMatchObject({ code: 'not_found' });
    expect(await refusal(saveNote(leader, { roundId, groupId: org.groups.Pleje! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'forbidden' });
    const med = await viewer('MED_AMO');
    // Teknik's figures are hidden (two answers), but what the group agreed is not an answer.
    expect((await groupNotes(med, roundId, org.groups.Teknik!)).get(QUESTION)?.body).toBe('Teknik-noten');
    expect(await refusal(saveNote(med, { roundId, groupId: org.groups.Pleje! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'forbidden' });
  });

  it('has no dialogue before a round closes', async () => {
    const { org, viewer } = await dialogueOrg();
    const { roundId: openRoundId } = await createResultsRound(org, [{ key: 'Sundhed', answers: [] }], { status: 'OPEN', name: 'Åben' });
    const hr = await viewer('HR_ADMIN');
    expect(await refusal(saveNote(hr, { roundId: openRoundId, groupId: org.groups.Sundhed! }, { questionKey: QUESTION, body: 'x' }))).toMatchObject({ code: 'conflict' });
  });

  it('through its route: saves for the facilitator, refuses MED/AMO with 403 and an unknown question with 400', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    signedIn.user = { id: hr.userId, email: hr.email!, name: null, locale: 'da' };
    const saved = await postNote(org.slug, roundId, org.groups.Sundhed!, { questionKey: QUESTION, body: 'Fra ruten' });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ savedAt: expect.any(String) });
    const bad = await postNote(org.slug, roundId, org.groups.Sundhed!, { questionKey: 'no.such.question', body: 'x' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details).toEqual([{ path: 'questionKey', message: expect.any(String) }]);

    const med = await viewer('MED_AMO');
    signedIn.user = { id: med.userId, email: med.email!, name: null, locale: 'da' };
    const refused = await postNote(org.slug, roundId, org.groups.Sundhed!, { questionKey: QUESTION, body: 'MED prøver' });
    expect(refused.status).toBe(403);
    expect((await scopedDb(org.organisationId).dialogueNote.findFirst())?.body).toBe('Fra ruten');
  });

  it('through its route: refuses a save sent from another site, or with no origin, even with the facilitator’s session', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    signedIn.user = { id: hr.userId, email: hr.email!, name: null, locale: 'da' };
    for (const origin of ['https://evil.example', null]) {
      const refused = await postNote(org.slug, roundId, org.groups.Sundhed!, { questionKey: QUESTION, body: 'Forfalsket' }, origin);
      expect(refused.status).toBe(403);
    }
    expect(await scopedDb(org.organisationId).dialogueNote.count()).toBe(0);
  });
});
