import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { commentsFor, type ModeratedComment } from '@/lib/domains/results/comments';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { redactComment } from '@/lib/domains/results/redact-comment';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { createRound } from '@/lib/domains/rounds/mutations';
import { roundFormSchema } from '@/lib/domains/rounds/schemas';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { refusal } from '@/tests/support/refusal';
import { createResultsOrg, createResultsRound, resultsViewer, same, viewerWithoutShares } from '../fixtures/results';
import { createRoundsOrg, roundInput } from '../fixtures/rounds';

const calm = { strain: 2, resource: 4 };
const commenting = (n: number) => Array.from({ length: n }, (_, i) => ({ ...calm, comments: { strain: `Kommentar ${i}` } }));

describe('the comment threshold', () => {
  it('shows a group’s figures but not its comments between the figure threshold and the comment threshold', async () => {
    const org = await createResultsOrg();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const four = await createResultsRound(org, [{ key: 'Teknik', answers: commenting(4) }], { threshold: 3, commentThreshold: 5 });
    const dashboard = await getResultsDashboard(hr, four.roundId, { groupId: org.groups.Teknik! });
    expect(dashboard.result).toMatchObject({ suppressed: false });
    expect(dashboard.comments).toBeNull();
    expect(dashboard.commentsWithheld).toBe(5);

    const five = await createResultsRound(org, [{ key: 'Teknik', answers: commenting(5) }], { threshold: 3, commentThreshold: 5 });
    const shown = await getResultsDashboard(hr, five.roundId, { groupId: org.groups.Teknik! });
    expect(shown.comments!.map((c) => c.body).sort()).toEqual(['Kommentar 0', 'Kommentar 1', 'Kommentar 2', 'Kommentar 3', 'Kommentar 4']);
    expect(shown.commentsWithheld).toBeNull();
  });

  it('follows a threshold HR set higher than 5', async () => {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'Sundhed', answers: commenting(6) }], { threshold: 3, commentThreshold: 7 });
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    expect(await commentsFor(ctx, { groupId: null, alone: false }, { moderate: false })).toBeNull();
  });

  it('is 5 by default, at least the figure threshold, and never below it on the form or in the database', async () => {
    const org = await createRoundsOrg();
    const round = await createRound(org.caller, roundInput({ groupIds: [org.groups.sundhed.id] }));
    expect(round.commentThreshold).toBe(5);
    const strict = await createRound(org.caller, roundInput({ name: 'Streng', groupIds: [org.groups.sundhed.id], anonymityThreshold: 6 }));
    expect(strict.commentThreshold).toBe(6);

    const form = { name: 'LederAPV', opensAt: '2099-03-01T09:00', closesAt: '2099-03-21T09:00', groupIds: org.groups.sundhed.id, anonymityThreshold: '5', commentThreshold: '4' };
    const parsed = roundFormSchema.safeParse(form);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['commentThreshold', 'commentRules.validation.belowFigures']]);
    expect(roundFormSchema.parse({ ...form, commentThreshold: '8' }).commentThreshold).toBe(8);

    await expect(ownerDb().round.update({ where: { id: round.id }, data: { commentThreshold: 2 } })).rejects.toThrow(/Round_commentThreshold_min/);
    await expect(ownerDb().round.update({ where: { id: strict.id }, data: { commentThreshold: 5 } })).rejects.toThrow(/Round_commentThreshold_min/);
  });
});

describe('redacting a phrase in a comment', () => {
  async function roundWithNamedComment() {
    const org = await createResultsOrg();
    const { roundId } = await createResultsRound(org, [{ key: 'G', answers: [{ ...calm, comments: { strain: 'Min chef Jens Hansen råber, og Jens Hansen lytter ikke' } }, ...same(4, calm)] }]);
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const ctx = (await loadRoundContext(hr, roundId))!;
    const ref = { groupId: org.groups.G!, alone: false };
    const [comment] = (await commentsFor(ctx, ref, { moderate: true })) as ModeratedComment[];
    return { org, roundId, hr, ctx, ref, handle: comment!.handle };
  }

  it('removes the phrase from the stored comment and from every view, audited without the phrase', async () => {
    const { org, roundId, hr, ctx, ref, handle } = await roundWithNamedComment();
    const result = await redactComment(hr, { roundId, handle, phrase: '  jens   hansen ' });
    expect(result.body).toBe('Min chef [fjernet] råber, og [fjernet] lytter ikke');

    // The curious database reader finds nothing either: the text itself changed.
    const rows = await ownerDb().$queryRaw<{ body: string }[]>`SELECT body FROM "ResponseComment" WHERE "organisationId" = ${org.organisationId}::uuid`;
    expect(rows.map((r) => r.body)).toEqual(['Min chef [fjernet] råber, og [fjernet] lytter ikke']);
    for (const view of [ref, { groupId: null, alone: false }]) {
      for (const moderate of [true, false]) expect(JSON.stringify(await commentsFor(ctx, view, { moderate }))).not.toContain('Jens');
    }
    expect(JSON.stringify((await getResultsDashboard(hr, roundId, {})).comments)).toContain('[fjernet]');

    const audit = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'comment.redacted' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: hr.userId, targetType: 'round', targetId: roundId });
    expect(JSON.stringify(audit)).not.toMatch(/Jens|Hansen/);
  });

  it('refuses a phrase that is not in the comment, and changes nothing', async () => {
    const { org, roundId, hr, handle } = await roundWithNamedComment();
    const error = await refusal(redactComment(hr, { roundId, handle, phrase: 'Peter' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([{ path: 'phrase', message: expect.stringMatching(/står ikke i kommentaren|not in the comment/) }]);
    expect((await ownerDb().responseComment.findFirstOrThrow({ where: { organisationId: org.organisationId } })).body).toContain('Jens Hansen');
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'comment.redacted' } })).toBe(0);
  });

  it("does not find another organisation's comment", async () => {
    const { org, roundId, handle } = await roundWithNamedComment();
    const other = await createResultsOrg();
    const outsider = await resultsViewer(other, 'HR_ADMIN');
    expect((await refusal(redactComment(outsider, { roundId, handle, phrase: 'Jens' }))).code).toBe('not_found');
    expect((await refusal(redactComment(outsider, { roundId: 'nope', handle, phrase: 'Jens' }))).code).toBe('not_found');
    expect((await ownerDb().responseComment.findFirstOrThrow({ where: { organisationId: org.organisationId } })).body).toContain('Jens Hansen');
  });
});
