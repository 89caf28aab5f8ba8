import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/platform/errors';
import { answerRules, requiredKeys } from './answer-rules';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { saveAnswersSchema, type SaveAnswersInput } from './schemas';
import { parseInput } from '@/lib/platform/validation/parse-input';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface SaveResult {
  revision: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
}

/**
 * Locks the round row for the length of the transaction (FOR SHARE): closing the round waits
 * for a save in flight, so a save acknowledged to the leader is never one the close missed.
 */
async function requireOpenRound(tx: Tx, ctx: RespondentActor, now: Date): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string; closesAt: Date }[]>`
    SELECT "status", "closesAt" FROM "Round"
    WHERE "id" = ${ctx.roundId}::uuid AND "organisationId" = ${ctx.organisationId}::uuid
    FOR SHARE`;
  const round = rows[0];
  if (!round || round.status !== 'OPEN' || round.closesAt <= now) {
    throw new AppError('conflict', { messageKey: 'questionnaire.errors.closed', userMessage: 'This round has closed; answers can no longer be changed.' });
  }
}

function checkValues(ctx: RespondentActor, input: SaveAnswersInput): void {
  const rules = answerRules(ctx.questionnaire);
  const problems: { path: string; message: string }[] = [];
  input.answers.forEach((answer, index) => {
    const rule = rules.get(answer.itemKey);
    if (!rule) problems.push({ path: `answers.${index}.itemKey`, message: `Unknown item "${answer.itemKey}".` });
    else if (answer.value !== null && (answer.value < rule.min || answer.value > rule.max)) {
      problems.push({ path: `answers.${index}.value`, message: `Must be from ${rule.min} to ${rule.max}.` });
    }
  });
  if (problems.length > 0) throw new AppError('validation_failed', { userMessage: 'Some answers are invalid.', details: problems });
}

/** Creates the response on its first save, or bumps its revision; one statement, safe for two tabs at once. */
async function touchResponse(tx: Tx, ctx: RespondentActor): Promise<{ id: string; revision: number; status: SaveResult['status'] }> {
  const rows = await tx.$queryRaw<{ id: string; revision: number; status: SaveResult['status'] }[]>`
    INSERT INTO "Response" ("id", "organisationId", "roundId", "groupId", "responseKey", "status", "revision")
    VALUES (${randomUUID()}::uuid, ${ctx.organisationId}::uuid, ${ctx.roundId}::uuid, ${ctx.groupId}::uuid, ${ctx.responseKey}, 'IN_PROGRESS', 1)
    ON CONFLICT ("organisationId", "responseKey") DO UPDATE SET "revision" = "Response"."revision" + 1
    RETURNING "id", "revision", "status"`;
  return rows[0]!;
}

async function writeComment(tx: Tx, ctx: RespondentActor, responseId: string, side: 'STRAIN' | 'RESOURCE', body: string | null | undefined) {
  if (body === undefined) return;
  const text = body?.trim() ?? '';
  if (text === '') {
    await tx.$executeRaw`DELETE FROM "ResponseComment" WHERE "organisationId" = ${ctx.organisationId}::uuid AND "responseId" = ${responseId}::uuid AND "side" = ${side}::"Side"`;
    return;
  }
  await tx.$executeRaw`
    INSERT INTO "ResponseComment" ("id", "organisationId", "responseId", "side", "body")
    VALUES (${randomUUID()}::uuid, ${ctx.organisationId}::uuid, ${responseId}::uuid, ${side}::"Side", ${text})
    ON CONFLICT ("organisationId", "responseId", "side") DO UPDATE SET "body" = EXCLUDED."body", "hiddenAt" = NULL`;
}

/**
 * A submitted response is counted as complete, so it stays complete: its answers may change
 * until the round closes, but never become empty again (an item's count would fall below the
 * number who responded). Every item the request tries to clear is named.
 */
function refuseClearingSubmitted(input: SaveAnswersInput): never {
  const details = input.answers.flatMap((answer, index) => (answer.value === null ? [{ path: `answers.${index}.value`, message: `"${answer.itemKey}" cannot be emptied after submitting.` }] : []));
  throw new AppError('validation_failed', {
    messageKey: 'questionnaire.errors.cannotClear',
    messageValues: { count: details.length },
    userMessage: 'Answers cannot be emptied after submitting; change them instead.',
    details,
  });
}

/** Saves answers as they are given (autosave). Values are checked against the round's frozen questionnaire. */
export async function saveAnswers(ctx: RespondentActor, rawInput: unknown, now = new Date()): Promise<SaveResult> {
  const input = parseInput(saveAnswersSchema, rawInput, 'body');
  checkValues(ctx, input);
  return tenantTransaction(ctx.organisationId, async (tx) => {
    await requireOpenRound(tx, ctx, now);
    const response = await touchResponse(tx, ctx);
    const set = input.answers.filter((a) => a.value !== null);
    const cleared = input.answers.filter((a) => a.value === null).map((a) => a.itemKey);
    // Thrown inside the transaction: the revision bump above is undone with it.
    if (cleared.length > 0 && response.status === 'SUBMITTED') refuseClearingSubmitted(input);
    if (set.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "Answer" ("organisationId", "responseId", "itemKey", "value")
        SELECT ${ctx.organisationId}::uuid, ${response.id}::uuid, k, v
        FROM unnest(${set.map((a) => a.itemKey)}::text[], ${set.map((a) => a.value)}::int[]) AS t(k, v)
        ON CONFLICT ("organisationId", "responseId", "itemKey") DO UPDATE SET "value" = EXCLUDED."value"`;
    }
    if (cleared.length > 0) {
      await tx.$executeRaw`DELETE FROM "Answer" WHERE "organisationId" = ${ctx.organisationId}::uuid AND "responseId" = ${response.id}::uuid AND "itemKey" = ANY(${cleared}::text[])`;
    }
    await writeComment(tx, ctx, response.id, 'STRAIN', input.comments?.strain);
    await writeComment(tx, ctx, response.id, 'RESOURCE', input.comments?.resource);
    return { revision: response.revision, status: response.status };
  });
}

/**
 * Submits the response. Idempotent: a double click, a retry or a second tab submitting finds
 * the same response and leaves one submitted response. Nothing else is written — above all not
 * the invitation: a row that names a person, changed in the same transaction, would carry the
 * same transaction id as the response and link the two for anyone reading the database
 * (decision 0004).
 */
export async function submitResponse(ctx: RespondentActor, now = new Date()): Promise<SaveResult> {
  return tenantTransaction(ctx.organisationId, async (tx) => {
    await requireOpenRound(tx, ctx, now);
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Response" WHERE "responseKey" = ${ctx.responseKey} AND "organisationId" = ${ctx.organisationId}::uuid FOR UPDATE`;
    const responseId = rows[0]?.id;
    const answered = responseId
      ? new Set((await tx.answer.findMany({ where: { organisationId: ctx.organisationId, responseId }, select: { itemKey: true } })).map((a) => a.itemKey))
      : new Set<string>();
    const missing = requiredKeys(ctx.questionnaire).filter((key) => !answered.has(key));
    if (!responseId || missing.length > 0) {
      throw new AppError('validation_failed', {
        messageKey: 'questionnaire.errors.incomplete',
        messageValues: { count: missing.length },
        userMessage: `${missing.length} questions are not answered yet.`,
        details: missing.map((key) => ({ path: `answers.${key}`, message: 'Not answered.' })),
      });
    }
    const updated = await tx.response.update({
      where: { id: responseId, organisationId: ctx.organisationId },
      data: { status: 'SUBMITTED', revision: { increment: 1 } },
      select: { revision: true },
    });
    return { revision: updated.revision, status: 'SUBMITTED' };
  });
}
