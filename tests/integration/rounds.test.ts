import { afterAll, describe, expect, it } from 'vitest';
import { currentQuestionnaireVersion } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { stopJobQueue } from '@/lib/platform/queue';
import { closeExpiredRounds, closeRound, extendRound, updateRound } from '@/lib/domains/rounds/mutations';
import { openRound } from '@/lib/domains/rounds/open-round';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { invitedLeaders, listRounds, roundProgress } from '@/lib/domains/rounds/queries';
import { createRoundSchema, roundFormSchema } from '@/lib/domains/rounds/schemas';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createDraft, createRoundsOrg, DAY, roundInput } from '../fixtures/rounds';
import { markAnswered } from '../fixtures/respondents';
import { refusal } from '@/tests/support/refusal';

afterAll(async () => {
  await stopJobQueue();
});

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

async function jobsFor(queue: string): Promise<number> {
  const rows = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, queue);
  return rows[0]!.n;
}

describe('the rules for a new round', () => {
  const valid = { name: 'LederAPV 2027', opensAt: iso(1), closesAt: iso(22), groupIds: ['0190a8a0-0000-7000-8000-000000000001'] };

  it('accepts a round with only the required fields and fills in the defaults', () => {
    const parsed = createRoundSchema.parse(valid);
    expect(parsed).toMatchObject({ anonymityThreshold: 3, reminderDays: [7, 2], questionnaireVersion: currentQuestionnaireVersion });
    expect(parsed.opensAt).toBeInstanceOf(Date);
  });

  it('refuses a closing date before the opening date', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, closesAt: iso(0.5) }))).toEqual({ closesAt: 'validation.closesAfterOpens' });
  });

  it('refuses a closing date in the past', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, opensAt: iso(-10), closesAt: iso(-1) }))).toEqual({ closesAt: 'validation.closesInFuture' });
  });

  it('requires at least one group', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, groupIds: [] }))).toEqual({ groupIds: 'validation.roundGroups' });
  });

  it('never accepts an anonymity threshold below 3', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, anonymityThreshold: 2 }))).toEqual({ anonymityThreshold: 'validation.anonymityThreshold' });
    expect(createRoundSchema.parse({ ...valid, anonymityThreshold: 5 }).anonymityThreshold).toBe(5);
  });

  it('takes reminder days from 1 to 60, each once', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, reminderDays: [0] }))).toEqual({ 'reminderDays.0': 'validation.reminderDay' });
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, reminderDays: [61] }))).toEqual({ 'reminderDays.0': 'validation.reminderDay' });
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, reminderDays: [7, 7] }))).toEqual({ reminderDays: 'validation.reminderDaysDistinct' });
    expect(createRoundSchema.parse({ ...valid, reminderDays: [] }).reminderDays).toEqual([]);
  });

  it('refuses a date without a zone in the API, so no one guesses which clock was meant', () => {
    expect(issuesOf(createRoundSchema.safeParse({ ...valid, opensAt: '2027-03-01T09:00' }))).toEqual({ opensAt: 'validation.dateTime' });
  });

  it('reads the form’s dates as Danish time and its reminder days as a list', () => {
    const year = new Date().getUTCFullYear() + 1;
    const parsed = roundFormSchema.parse({
      name: ' LederAPV ',
      opensAt: `${year}-01-10T09:00`,
      closesAt: `${year}-07-01T12:00`,
      groupIds: '0190a8a0-0000-7000-8000-000000000001',
      reminderDays: '7, 2',
      anonymityThreshold: '4',
    });
    expect(parsed.opensAt.toISOString()).toBe(`${year}-01-10T08:00:00.000Z`); // winter: UTC+1
    expect(parsed.closesAt.toISOString()).toBe(`${year}-07-01T10:00:00.000Z`); // summer: UTC+2
    expect(parsed).toMatchObject({ name: 'LederAPV', groupIds: ['0190a8a0-0000-7000-8000-000000000001'], reminderDays: [7, 2], anonymityThreshold: 4 });
    expect(issuesOf(roundFormSchema.safeParse({ name: 'X y', opensAt: 'soon', closesAt: `${year}-07-01T12:00`, groupIds: [], reminderDays: '7, x' }))).toMatchObject({
      opensAt: 'validation.dateTime',
      groupIds: 'validation.roundGroups',
      'reminderDays.1': 'validation.reminderDay',
    });
  });
});

describe('creating and editing a draft', () => {
  it('saves a draft with the organisation’s language and records who created it', async () => {
    const org = await createRoundsOrg();
    await ownerDb().organisation.update({ where: { id: org.organisationId }, data: { defaultLocale: 'en' } });
    const round = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id] });
    expect(round).toMatchObject({ status: 'DRAFT', defaultLocale: 'en', anonymityThreshold: 3, reminderDays: [7, 2], groupIds: [org.groups.sundhed.id] });
    const audit = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'round.created' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.targetId).toBe(round.id);
  });

  it('refuses another organisation’s group as if it did not exist, and an archived group by name', async () => {
    const org = await createRoundsOrg();
    const other = await createRoundsOrg('Anden organisation');
    const unknown = await refusal(createDraft(org.caller, { groupIds: [other.groups.sundhed.id] }));
    expect(unknown.code).toBe('validation_failed');
    expect(unknown.details).toEqual([{ path: 'groupIds', message: 'A chosen group does not exist.' }]);
    const archived = await refusal(createDraft({ ...org.caller, locale: 'da' }, { groupIds: [org.groups.gammel.id] }));
    expect(archived.details).toEqual([{ path: 'groupIds', message: 'En valgt gruppe er arkiveret.' }]);
    expect(await scopedDb(org.organisationId).round.count()).toBe(0);
  });

  it('changes a draft, but not a round that has opened', async () => {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id] });
    const updated = await updateRound(org.caller, round.id, { ...roundInput({ groupIds: [org.groups.direktion.id], name: 'LederAPV 2027 (rettet)' }), defaultLocale: 'da', reminderDays: [3] });
    expect(updated).toMatchObject({ name: 'LederAPV 2027 (rettet)', groupIds: [org.groups.direktion.id], reminderDays: [3] });
    await openRound(org.caller, round.id);
    const refused = await refusal(updateRound(org.caller, round.id, { ...roundInput({ groupIds: [org.groups.sundhed.id] }), defaultLocale: 'da', reminderDays: [] }));
    expect(refused.code).toBe('conflict');
    expect(refused.messageKey).toBe('rounds.errors.notDraft');
  });
});

describe('opening a round', () => {
  it('freezes the covered part of the tree and invites every active leader in it, once each', async () => {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id] });
    const jobsBefore = await jobsFor('send-invitation');

    expect(await openRound(org.caller, round.id)).toEqual({ invited: 6 });

    const tenant = scopedDb(org.organisationId);
    const snapshot = await tenant.roundGroup.findMany({ where: { roundId: round.id } });
    expect(snapshot.map((g) => [g.name, g.parentGroupId]).sort()).toEqual([
      ['Plejecentre', org.groups.sundhed.id],
      ['Sundhed', null],
    ]);
    const invitations = await tenant.invitation.findMany({ where: { roundId: round.id } });
    const invitedIds = invitations.map((i) => i.leaderId).sort();
    expect(invitedIds).toEqual([...org.leaders.sundhed, ...org.leaders.pleje].map((l) => l.id).sort());
    // The leader who chose English gets English; the others the round's language.
    expect(invitations.find((i) => i.leaderId === org.leaders.sundhed[0]!.id)?.locale).toBe('en');
    expect(invitations.find((i) => i.leaderId === org.leaders.pleje[0]!.id)?.locale).toBe('da');
    expect(invitations.every((i) => i.sentAt === null)).toBe(true);
    expect(await jobsFor('send-invitation')).toBe(jobsBefore + 6);
    expect((await tenant.round.findUnique({ where: { id: round.id } }))?.status).toBe('OPEN');
    expect(await tenant.auditLogEntry.count({ where: { action: 'round.opened', targetId: round.id } })).toBe(1);
  });

  it('leaves out archived groups, everything below them and archived leaders', async () => {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.direktion.id] });
    expect(await openRound(org.caller, round.id)).toEqual({ invited: 9 });
    const snapshot = await scopedDb(org.organisationId).roundGroup.findMany({ where: { roundId: round.id } });
    expect(snapshot.map((g) => g.name).sort()).toEqual(['Direktion', 'Plejecentre', 'Sundhed', 'Teknik']);
  });

  it('refuses to open a round with nobody to invite, and changes nothing', async () => {
    const org = await createRoundsOrg();
    const empty = await ownerDb().leaderGroup.create({ data: { organisationId: org.organisationId, name: 'Tom gruppe' } });
    const round = await createDraft(org.caller, { groupIds: [empty.id] });
    const jobsBefore = await jobsFor('send-invitation');
    const error = await refusal(openRound(org.caller, round.id));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('rounds.errors.noLeaders');
    const tenant = scopedDb(org.organisationId);
    expect((await tenant.round.findUnique({ where: { id: round.id } }))?.status).toBe('DRAFT');
    expect(await tenant.roundGroup.count({ where: { roundId: round.id } })).toBe(0);
    expect(await jobsFor('send-invitation')).toBe(jobsBefore);
  });

  it('opens a round only once, even when asked twice at the same moment', async () => {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    const results = await Promise.allSettled([openRound(org.caller, round.id), openRound(org.caller, round.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    expect(await scopedDb(org.organisationId).invitation.count({ where: { roundId: round.id } })).toBe(2);
  });

  it('answers 404 for another organisation’s round', async () => {
    const org = await createRoundsOrg();
    const other = await createRoundsOrg('Anden');
    const round = await createDraft(other.caller, { groupIds: [other.groups.teknik.id] });
    expect((await refusal(openRound(org.caller, round.id))).code).toBe('not_found');
    expect((await refusal(closeRound(org.caller, round.id))).code).toBe('not_found');
    expect((await refusal(extendRound(org.caller, round.id, new Date(Date.now() + 60 * DAY)))).code).toBe('not_found');
    expect((await refusal(openRound(org.caller, 'not-a-uuid'))).code).toBe('not_found');
  });
});

describe('an open round', () => {
  async function openTeknik() {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    await openRound(org.caller, round.id);
    return { org, round: (await scopedDb(org.organisationId).round.findUnique({ where: { id: round.id } }))! };
  }

  it('can be given a later closing date, never an earlier one or one in the past', async () => {
    const { org, round } = await openTeknik();
    const later = new Date(round.closesAt.getTime() + 7 * DAY);
    expect((await extendRound(org.caller, round.id, later)).closesAt).toEqual(later);
    const earlier = await refusal(extendRound(org.caller, round.id, new Date(later.getTime() - DAY)));
    expect(earlier.details).toEqual([{ path: 'closesAt', message: 'The new closing date must be after the current one.' }]);
    const past = await refusal(extendRound(org.caller, round.id, new Date(Date.now() - DAY)));
    expect(past.details).toEqual([{ path: 'closesAt', message: 'The closing date must be in the future.' }]);
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'round.extended' } })).toBe(1);
  });

  it('closes early, once; a draft cannot be closed', async () => {
    const { org, round } = await openTeknik();
    const closed = await closeRound(org.caller, round.id);
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await refusal(closeRound(org.caller, round.id))).code).toBe('conflict');
    expect((await refusal(extendRound(org.caller, round.id, new Date(Date.now() + 60 * DAY)))).messageKey).toBe('rounds.errors.notOpen');
    const draft = await createDraft(org.caller, { groupIds: [org.groups.teknik.id] });
    expect((await refusal(closeRound(org.caller, draft.id))).code).toBe('conflict');
  });

  it('counts as closed the moment its closing time passes, and the closing job then marks it closed', async () => {
    const { org, round } = await openTeknik();
    const after = new Date(round.closesAt.getTime() + 1000);
    expect(effectiveStatus(round, after)).toBe('CLOSED');
    expect(await closeExpiredRounds(after)).toBeGreaterThanOrEqual(1);
    const stored = await scopedDb(org.organisationId).round.findUnique({ where: { id: round.id } });
    expect(stored).toMatchObject({ status: 'CLOSED', closedAt: round.closesAt });
    expect(await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'round.closed', targetId: round.id } })).toMatchObject({ actorUserId: null, actorApiKeyId: null });
  });
});

describe('progress', () => {
  it('counts invited and answered per group and overall, without naming who answered', async () => {
    const org = await createRoundsOrg();
    const round = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id] });
    await openRound(org.caller, round.id);
    const tenant = scopedDb(org.organisationId);
    // Two leaders in Plejecentre and one in Sundhed have answered.
    for (const leader of [org.leaders.pleje[0]!, org.leaders.pleje[1]!, org.leaders.sundhed[1]!]) {
      await markAnswered(await tenant.invitation.findFirstOrThrow({ where: { roundId: round.id, leaderId: leader.id } }));
    }
    const progress = await roundProgress(tenant, round);
    expect(progress).toMatchObject({ invited: 6, responded: 3, responseRate: 50, threshold: 3 });
    // Both groups have 3 invited of their own, so both counts show (the smaller ones: participation-counts.test.ts).
    expect(progress.groups).toEqual([
      { groupId: org.groups.sundhed.id, name: 'Sundhed', depth: 0, participation: { reason: null, invited: 6, responded: 3, responseRate: 50 } },
      { groupId: org.groups.pleje.id, name: 'Plejecentre', depth: 1, participation: { reason: null, invited: 3, responded: 2, responseRate: 67 } },
    ]);
    const list = await invitedLeaders(tenant, round.id);
    expect(list).toHaveLength(6);
    expect(Object.keys(list[0]!).sort()).toEqual(['email', 'groupName', 'invitationId', 'name', 'sentAt']);
    const summary = (await listRounds(tenant)).find((r) => r.id === round.id);
    expect(summary).toMatchObject({ status: 'OPEN', invited: 6, responded: 3, responseRate: 50 });
  });
});
