import { describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import { getOwnResponse } from '@/lib/domains/responses/queries';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

const strainKey = currentQuestionnaire.items.find((i) => i.side === 'strain')!.key;
const resourceKey = currentQuestionnaire.items.find((i) => i.side === 'resource')!.key;
const relationKey = currentQuestionnaire.relations[0]!.key;

async function answerCount(responseKey: string) {
  return ownerDb().answer.count({ where: { response: { responseKey } } });
}

describe('saving answers as they are given', () => {
  it('keeps every saved answer and comment, so reopening the link resumes where the leader left off', async () => {
    const { ctx } = await createRespondent();
    await saveAnswers(ctx, { answers: [{ itemKey: strainKey, value: 4 }] });
    await saveAnswers(ctx, {
      answers: [
        { itemKey: resourceKey, value: 2 },
        { itemKey: relationKey, value: -2 },
      ],
      comments: { strain: '  For mange møder  ' },
    });
    const own = await getOwnResponse(ctx);
    expect(own.status).toBe('IN_PROGRESS');
    expect(own.answers).toEqual({ [strainKey]: 4, [resourceKey]: 2, [relationKey]: -2 });
    expect(own.comments).toEqual({ strain: 'For mange møder', resource: '' });
  });

  it('changes and clears an answer', async () => {
    const { ctx } = await createRespondent();
    await saveAnswers(ctx, {
      answers: [
        { itemKey: strainKey, value: 4 },
        { itemKey: resourceKey, value: 5 },
      ],
    });
    await saveAnswers(ctx, {
      answers: [
        { itemKey: strainKey, value: 1 },
        { itemKey: resourceKey, value: null },
      ],
    });
    expect((await getOwnResponse(ctx)).answers).toEqual({ [strainKey]: 1 });
  });

  it.each([
    ['a 7 on a 1–5 item', { answers: [{ itemKey: strainKey, value: 7 }] }],
    ['a 0 on a 1–5 item', { answers: [{ itemKey: resourceKey, value: 0 }] }],
    ['a −3 on a −2…+2 relation', { answers: [{ itemKey: relationKey, value: -3 }] }],
    ['an unknown item key', { answers: [{ itemKey: 'strain.invented', value: 3 }] }],
    ['a fraction', { answers: [{ itemKey: strainKey, value: 2.5 }] }],
    ['a text value', { answers: [{ itemKey: strainKey, value: '3' }] }],
    ['an unknown field', { answers: [], leaderId: 'x' }],
    ['a comment over 2000 characters', { comments: { strain: 'x'.repeat(2001) } }],
  ])('refuses %s and stores nothing', async (_label, input) => {
    const { ctx } = await createRespondent();
    await expect(saveAnswers(ctx, { answers: [{ itemKey: resourceKey, value: 3 }, ...((input as { answers?: unknown[] }).answers ?? [])], ...(input as object) })).rejects.toThrow();
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(0);
  });

  it('refuses answers once the round is closed, or its closing time has passed', async () => {
    const closed = await createRespondent({ status: 'CLOSED' });
    await expect(saveAnswers(closed.ctx, { answers: [{ itemKey: strainKey, value: 3 }] })).rejects.toMatchObject({ code: 'conflict' });
    const expired = await createRespondent({ closesAt: new Date(Date.now() - 1000) });
    await expect(saveAnswers(expired.ctx, { answers: [{ itemKey: strainKey, value: 3 }] })).rejects.toMatchObject({ code: 'conflict' });
    expect(await answerCount(closed.ctx.responseKey)).toBe(0);
    expect(await answerCount(expired.ctx.responseKey)).toBe(0);
  });

  it('makes one response when two tabs save their first answers at the same moment', async () => {
    const { ctx } = await createRespondent();
    await Promise.all([
      saveAnswers(ctx, { answers: [{ itemKey: strainKey, value: 2 }] }),
      saveAnswers(ctx, { answers: [{ itemKey: resourceKey, value: 4 }] }),
      saveAnswers(ctx, { answers: [{ itemKey: relationKey, value: 1 }] }),
    ]);
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(1);
    expect(await answerCount(ctx.responseKey)).toBe(3);
  });
});

describe('submitting', () => {
  it('lists the questions still unanswered instead of submitting half a questionnaire', async () => {
    const { ctx } = await createRespondent();
    await saveAnswers(ctx, { answers: [{ itemKey: strainKey, value: 3 }] });
    const error = await submitResponse(ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed' });
    const missing = (error as { details: { path: string }[] }).details.map((d) => d.path);
    expect(missing).toContain(`answers.${resourceKey}`);
    expect(missing).not.toContain(`answers.${strainKey}`);
    expect((await getOwnResponse(ctx)).status).toBe('IN_PROGRESS');
  });

  it('stores exactly one submitted response when submitted twice at once, and leaves the invitation as it was', async () => {
    const { ctx, invitation } = await createRespondent();
    const before = await ownerDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    await saveAnswers(ctx, { answers: fullAnswers({ strain: 2, resource: 4 }) });
    const results = await Promise.all([submitResponse(ctx), submitResponse(ctx)]);
    expect(results.map((r) => r.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(await ownerDb().response.count({ where: { roundId: ctx.roundId } })).toBe(1);
    await submitResponse(ctx, new Date(Date.now() + 60_000));
    expect(await ownerDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toEqual(before);
  });

  it('refuses to empty an answer after submitting, naming it, and keeps the response complete', async () => {
    const { ctx } = await createRespondent();
    await saveAnswers(ctx, { answers: fullAnswers({ strain: 2, resource: 4 }) });
    await submitResponse(ctx);
    const before = await getOwnResponse(ctx);
    const error = await saveAnswers(ctx, {
      answers: [
        { itemKey: resourceKey, value: 5 },
        { itemKey: strainKey, value: null },
      ],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed', details: [{ path: 'answers.1.value', message: `"${strainKey}" cannot be emptied after submitting.` }] });
    // Nothing of the refused request was kept: not the cleared answer, not the change beside it, not a new revision.
    expect(await getOwnResponse(ctx)).toEqual(before);
    expect(Object.keys(before.answers)).toHaveLength(fullAnswers({ strain: 2, resource: 4 }).length);
  });

  it('lets the leader change an answer after submitting, until the round closes', async () => {
    const { ctx } = await createRespondent();
    await saveAnswers(ctx, { answers: fullAnswers({ strain: 2, resource: 4 }) });
    await submitResponse(ctx);
    await saveAnswers(ctx, { answers: [{ itemKey: strainKey, value: 5 }] });
    const own = await getOwnResponse(ctx);
    expect(own.status).toBe('SUBMITTED');
    expect(own.answers[strainKey]).toBe(5);
  });
});

describe('privacy by construction', () => {
  it('gives a response no column and no foreign key that leads to a person or a moment', async () => {
    const columns = await ownerDb().$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('Response', 'Answer', 'ResponseComment')`;
    const names = columns.map((c) => c.column_name);
    for (const forbidden of ['leaderId', 'invitationId', 'userId', 'email', 'name', 'createdAt', 'updatedAt', 'submittedAt']) {
      expect(names).not.toContain(forbidden);
    }
    const references = await ownerDb().$queryRaw<{ from_table: string; to_table: string }[]>`
      SELECT conrelid::regclass::text AS from_table, confrelid::regclass::text AS to_table
      FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ('"Response"', '"Answer"', '"ResponseComment"')`;
    expect(new Set(references.map((r) => r.to_table.replace(/"/g, '')))).toEqual(new Set(['Organisation', 'Round', 'Response']));
  });

  it('gives responses random ids that do not follow the order they were created in', async () => {
    const a = await createRespondent();
    const b = await createRespondent();
    await saveAnswers(a.ctx, { answers: [{ itemKey: strainKey, value: 3 }] });
    await saveAnswers(b.ctx, { answers: [{ itemKey: strainKey, value: 3 }] });
    const ids = await ownerDb().response.findMany({ select: { id: true } });
    for (const { id } of ids) expect(id[14]).toBe('4'); // UUID version 4, not the time-ordered 7
  });
});
