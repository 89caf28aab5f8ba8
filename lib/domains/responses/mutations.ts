import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/platform/errors';
import { answerRules, requiredKeys } from './answer-rules';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { saveAnswersSchema, type SaveAnswersInput } from './schemas';
import { parseInput } from '@/lib/platform/validation/parse-input';
import { type RunStatement, tenantStatements } from '@/lib/platform/tenant/tenant-statements';
import { Prisma } from '@/lib/generated/prisma/client';

export interface SaveResult {
  revision: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
}

/**
 * The round is checked inside each statement that writes, and locked there for the rest of the
 * transaction (FOR SHARE): closing the round waits for a save in flight, so a save acknowledged
 * to the leader is never one the close missed. One statement instead of a check and a write
 * (issue 19: every round trip on this path is paid by every autosave).
 */
const openRound = (ctx: RespondentActor, now: Date) => Prisma.sql`
  SELECT 1 FROM "Round"
  WHERE "id" = ${ctx.roundId}::uuid AND "organisationId" = ${ctx.organisationId}::uuid AND "status" = 'OPEN' AND "closesAt" > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
  FOR SHARE`;

function roundClosed(): AppError {
  return new AppError('conflict', { messageKey: 'questionnaire.errors.closed', userMessage: 'This round has closed; answers can no longer be changed.' });
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

/**
 * In one statement: checks and locks the round, creates the response on its first save or bumps
 * its revision (safe for two tabs at once), and writes the given values (all of a page's answers
 * in one INSERT … ON CONFLICT). No row comes back when the round does not take answers. The
 * answers reference the response through RETURNING, and foreign keys are checked at the end of
 * the statement, when the response row exists.
 */
async function writeResponse(run: RunStatement, ctx: RespondentActor, now: Date, set: { itemKey: string; value: number }[]) {
  const rows = await run<{ id: string; revision: number; status: SaveResult['status'] }>(Prisma.sql`
    WITH open_round AS (${openRound(ctx, now)}),
    response AS (
      INSERT INTO "Response" ("id", "organisationId", "roundId", "groupId", "responseKey", "status", "revision")
      SELECT ${randomUUID()}::uuid, ${ctx.organisationId}::uuid, ${ctx.roundId}::uuid, ${ctx.groupId}::uuid, ${ctx.responseKey}, 'IN_PROGRESS', 1
      FROM open_round
      ON CONFLICT ("organisationId", "responseKey") DO UPDATE SET "revision" = "Response"."revision" + 1
      RETURNING "id", "revision", "status"
    ),
    answers AS (
      INSERT INTO "Answer" ("organisationId", "responseId", "itemKey", "value")
      SELECT ${ctx.organisationId}::uuid, response."id", t.k, t.v
      FROM response, unnest(${set.map((a) => a.itemKey)}::text[], ${set.map((a) => a.value)}::int[]) AS t(k, v)
      ON CONFLICT ("organisationId", "responseId", "itemKey") DO UPDATE SET "value" = EXCLUDED."value"
    )
    SELECT "id", "revision", "status" FROM response`);
  const response = rows[0];
  if (!response) throw roundClosed();
  return response;
}

async function writeComment(run: RunStatement, ctx: RespondentActor, responseId: string, side: 'STRAIN' | 'RESOURCE', body: string | null | undefined) {
  if (body === undefined) return;
  const text = body?.trim() ?? '';
  if (text === '') {
    await run(Prisma.sql`DELETE FROM "ResponseComment" WHERE "organisationId" = ${ctx.organisationId}::uuid AND "responseId" = ${responseId}::uuid AND "side" = ${side}::"Side"`);
    return;
  }
  await run(Prisma.sql`
    INSERT INTO "ResponseComment" ("id", "organisationId", "responseId", "side", "body")
    VALUES (${randomUUID()}::uuid, ${ctx.organisationId}::uuid, ${responseId}::uuid, ${side}::"Side", ${text})
    ON CONFLICT ("organisationId", "responseId", "side") DO UPDATE SET "body" = EXCLUDED."body", "hiddenAt" = NULL`);
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
  const set = input.answers.flatMap((a) => (a.value === null ? [] : [{ itemKey: a.itemKey, value: a.value }]));
  const cleared = input.answers.filter((a) => a.value === null).map((a) => a.itemKey);
  return tenantStatements(ctx.organisationId, async (run) => {
    const response = await writeResponse(run, ctx, now, set);
    // Thrown inside the transaction: the revision bump and the values above are undone with it.
    if (cleared.length > 0 && response.status === 'SUBMITTED') refuseClearingSubmitted(input);
    if (cleared.length > 0) {
      await run(Prisma.sql`DELETE FROM "Answer" WHERE "organisationId" = ${ctx.organisationId}::uuid AND "responseId" = ${response.id}::uuid AND "itemKey" = ANY(${cleared}::text[])`);
    }
    await writeComment(run, ctx, response.id, 'STRAIN', input.comments?.strain);
    await writeComment(run, ctx, response.id, 'RESOURCE', input.comments?.resource);
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
  const required = requiredKeys(ctx.questionnaire);
  return tenantStatements(ctx.organisationId, async (run) => {
    // First the locks (the round shared, the response exclusive), then — in a second statement,
    // whose snapshot sees whatever a save that held the response's lock had committed — the
    // answers it holds and, only when none is missing, the submission.
    const locked = await run<{ id: string | null }>(Prisma.sql`
        WITH open_round AS (${openRound(ctx, now)})
        SELECT (SELECT "id" FROM "Response" WHERE "responseKey" = ${ctx.responseKey} AND "organisationId" = ${ctx.organisationId}::uuid FOR UPDATE) AS "id"
        FROM open_round`);
    if (locked.length === 0) throw roundClosed();
    const responseId = locked[0]!.id;
    const outcome = responseId ? await submitIfComplete(run, ctx, responseId, required) : { revision: null, missing: required };
    if (outcome.revision !== null) return { revision: outcome.revision, status: 'SUBMITTED' as const };
    throw new AppError('validation_failed', {
      messageKey: 'questionnaire.errors.incomplete',
      messageValues: { count: outcome.missing.length },
      userMessage: `${outcome.missing.length} questions are not answered yet.`,
      details: outcome.missing.map((key) => ({ path: `answers.${key}`, message: 'Not answered.' })),
    });
  });
}

/** Marks the (locked) response submitted when it answers every required item; else names the ones it lacks. */
async function submitIfComplete(run: RunStatement, ctx: RespondentActor, responseId: string, required: string[]): Promise<{ revision: number | null; missing: string[] }> {
  const rows = await run<{ missing: string[]; revision: number | null }>(Prisma.sql`
    WITH missing AS (
      SELECT coalesce(array_agg(k), '{}') AS keys FROM unnest(${required}::text[]) AS k
      WHERE NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."organisationId" = ${ctx.organisationId}::uuid AND a."responseId" = ${responseId}::uuid AND a."itemKey" = k)
    ),
    submitted AS (
      UPDATE "Response" SET "status" = 'SUBMITTED', "revision" = "revision" + 1
      WHERE "id" = ${responseId}::uuid AND "organisationId" = ${ctx.organisationId}::uuid AND (SELECT cardinality(keys) FROM missing) = 0
      RETURNING "revision"
    )
    SELECT (SELECT keys FROM missing) AS "missing", (SELECT "revision" FROM submitted) AS "revision"`);
  const row = rows[0]!;
  // Reported in the questionnaire's order, as before.
  const missing = new Set(row.missing);
  return { revision: row.revision, missing: required.filter((key) => missing.has(key)) };
}
