import { describe, expect, it } from 'vitest';
import { currentQuestionnaireVersion } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { copyRound } from '@/lib/domains/rounds/copy-round';
import { draftReview } from '@/lib/domains/rounds/draft-review';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { refusal } from '@/tests/support/refusal';
import { createDraft, createRoundsOrg, DAY } from '../fixtures/rounds';

/** Last year's round over Sundhed (with Plejecentre) and Teknik, closed. */
async function lastYearsRound(org: Awaited<ReturnType<typeof createRoundsOrg>>) {
  const opensAt = new Date(Date.now() - 300 * DAY);
  const round = await createDraft(org.caller, {
    name: 'LederAPV 2026',
    groupIds: [org.groups.sundhed.id, org.groups.teknik.id],
    anonymityThreshold: 4,
    commentThreshold: 6,
    reminderDays: [10, 3],
    defaultLocale: 'en',
  });
  return ownerDb().round.update({ where: { id: round.id }, data: { status: 'CLOSED', opensAt, closesAt: new Date(opensAt.getTime() + 21 * DAY), closedAt: new Date() } });
}

const yearOf = (date: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(date));

describe("copying last year's round", () => {
  it('makes a draft with the same groups, thresholds, reminders and language, a year later and named for the new year', async () => {
    const org = await createRoundsOrg();
    const source = await lastYearsRound(org);
    const { round, droppedGroups } = await copyRound(org.caller, source.id);
    const oneYear = (d: Date) => new Date(new Date(d).setUTCFullYear(d.getUTCFullYear() + 1));
    expect(round).toMatchObject({
      status: 'DRAFT',
      groupIds: [org.groups.sundhed.id, org.groups.teknik.id],
      anonymityThreshold: 4,
      commentThreshold: 6,
      reminderDays: [10, 3],
      defaultLocale: 'en',
      questionnaireVersion: currentQuestionnaireVersion,
      name: `LederAPV ${yearOf(round.opensAt)}`,
    });
    expect(round.opensAt).toEqual(oneYear(source.opensAt));
    expect(round.closesAt).toEqual(oneYear(source.closesAt));
    expect(droppedGroups).toEqual([]);
    const audit = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'round.copied', targetId: round.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ from: source.id, droppedGroups: 0 });
  });

  it('leaves out a group archived since, and says which', async () => {
    const org = await createRoundsOrg();
    const source = await lastYearsRound(org);
    await ownerDb().leaderGroup.update({ where: { id: org.groups.teknik.id }, data: { archivedAt: new Date() } });
    const { round, droppedGroups } = await copyRound(org.caller, source.id);
    expect(round.groupIds).toEqual([org.groups.sundhed.id]);
    expect(droppedGroups).toEqual([{ id: org.groups.teknik.id, name: 'Teknik' }]);
  });

  it('refuses when every group of the old round is archived', async () => {
    const org = await createRoundsOrg();
    const source = await lastYearsRound(org);
    await ownerDb().leaderGroup.updateMany({ where: { id: { in: source.groupIds } }, data: { archivedAt: new Date() } });
    const error = await refusal(copyRound(org.caller, source.id));
    expect(error.messageKey).toBe('roundCopy.errors.noActiveGroups');
    expect(await ownerDb().round.count({ where: { organisationId: org.organisationId } })).toBe(1);
  });

  it("previews the anonymity with this year's leaders, not last year's", async () => {
    const org = await createRoundsOrg();
    const source = await lastYearsRound(org);
    // Since last year: Teknik got a third leader (now enough to show results) and one left Plejecentre.
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, groupId: org.groups.teknik.id, name: 'Ny leder', email: `ny.${org.organisationId}@example.test` } });
    await ownerDb().leader.update({ where: { id: org.leaders.pleje[0]!.id }, data: { archivedAt: new Date() } });
    const { round } = await copyRound(org.caller, source.id);
    const { preview } = await draftReview(scopedDb(org.organisationId), round);
    expect(Object.fromEntries(preview.groups.map((g) => [g.name, g.leaders]))).toEqual({ Sundhed: 5, Plejecentre: 2, Teknik: 3 });
    expect(preview.leaders).toBe(8);
  });

  it("does not find another organisation's round", async () => {
    const org = await createRoundsOrg();
    const other = await createRoundsOrg('Anden');
    const source = await lastYearsRound(org);
    expect((await refusal(copyRound(other.caller, source.id))).code).toBe('not_found');
    expect((await refusal(copyRound(other.caller, 'not-a-uuid'))).code).toBe('not_found');
    expect(await ownerDb().round.count({ where: { organisationId: other.organisationId } })).toBe(0);
  });

  it('names the copy after the old name with the year moved, never an existing name', async () => {
    const org = await createRoundsOrg();
    const source = await lastYearsRound(org);
    const first = await copyRound(org.caller, source.id);
    const second = await copyRound(org.caller, source.id);
    expect(second.round.name).toBe(`${first.round.name} (2)`);
  });
});
