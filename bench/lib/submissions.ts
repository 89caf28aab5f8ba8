import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { getQuestionnaire, currentQuestionnaireVersion } from '@/content/questionnaires';
import { requiredKeys } from '@/lib/domains/responses/answer-rules';
import type { LoadSample } from './stats';

const questionnaire = getQuestionnaire(currentQuestionnaireVersion)!;
const keys = requiredKeys(questionnaire);

/** A whole questionnaire's answers in one autosave (the heaviest save a page sends). */
function answersBody(): { answers: { itemKey: string; value: number }[] } {
  return { answers: keys.map((itemKey) => ({ itemKey, value: itemKey.startsWith('relation.') ? 1 : 3 })) };
}

/**
 * Closed loop (no pace): each leader sends the next request as soon as the last is answered —
 * the most the server can take. Paced: each leader sends one request every so many seconds,
 * like a leader whose answers are autosaved as they go.
 */
export interface Pace {
  secondsBetweenRequests: number;
}

/**
 * Through the running app: `connections` leaders at once, each on their own real personal link,
 * alternating "save all answers" (POST /api/r/<token>/answers) and "submit" (POST …/submit) for
 * `seconds`. Every response time is kept, so percentiles are exact.
 */
export async function appSubmissions(baseUrl: string, tokens: string[], seconds: number): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const body = JSON.stringify(answersBody());
  const instance = autocannon({
    url: baseUrl,
    connections: tokens.length,
    duration: seconds,
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    setupClient: (client) => {
      const token = tokens[next++ % tokens.length]!;
      client.setRequests([
        { method: 'POST', path: `/api/r/${token}/answers`, body },
        { method: 'POST', path: `/api/r/${token}/submit`, body: '{}' },
      ]);
    },
  });
  const failures: Record<string, number> = {};
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode !== 200) {
      errors++;
      failures[statusCode] = (failures[statusCode] ?? 0) + 1;
    }
  });
  const result = await instance;
  errors += result.errors + result.timeouts;
  if (result.errors) failures['connection error'] = result.errors;
  if (result.timeouts) failures.timeout = result.timeouts;
  return { latencies, errors, seconds, failures };
}

/**
 * Paced leaders through the app. Not autocannon: its rate limit releases each second's requests
 * together (a burst that measures queueing, not the app), and its per-connection rate cannot go
 * below one request per second. Each leader here sends on their own schedule, spread evenly.
 */
export async function pacedAppSubmissions(baseUrl: string, tokens: string[], seconds: number, pace: Pace): Promise<LoadSample> {
  const body = JSON.stringify(answersBody());
  return pacedLoad(tokens, seconds, pace, async (token, saved) => {
    const response = await fetch(`${baseUrl}/api/r/${token}/${saved ? 'submit' : 'answers'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: saved ? '{}' : body,
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`answered ${response.status}`);
  });
}

/**
 * Each target runs `request` in turn (alternating save and submit) until `seconds` have passed:
 * back to back without a pace, otherwise once per interval, the targets' starts spread over the
 * first interval. Every latency is kept; a failed request counts as an error.
 */
async function pacedLoad<T>(targets: T[], seconds: number, pace: Pace | undefined, request: (target: T, saved: boolean) => Promise<void>): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async (target: T, index: number) => {
    let saved = false;
    let nextAt = Date.now() + (pace ? (index / targets.length) * pace.secondsBetweenRequests * 1000 : 0);
    while (Date.now() < deadline) {
      if (pace) {
        await new Promise((r) => setTimeout(r, Math.max(0, nextAt - Date.now())));
        nextAt += pace.secondsBetweenRequests * 1000;
        if (Date.now() >= deadline) break;
      }
      const started = performance.now();
      try {
        await request(target, saved);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
      saved = !saved;
    }
  };
  await Promise.all(targets.map((target, index) => worker(target, index)));
  return { latencies, errors, seconds };
}

const openRound = `SELECT 1 FROM "Round" WHERE "id" = $1::uuid AND "organisationId" = $2::uuid AND "status" = 'OPEN' AND "closesAt" > now() AT TIME ZONE 'UTC' FOR SHARE`;

/** The product's save transaction (lib/domains/responses/mutations.ts saveAnswers), statement for statement (less its set_config). */
async function saveDirect(client: pg.PoolClient, organisationId: string, roundId: string, target: { groupId: string; responseKey: string }) {
  const answers = answersBody().answers;
  await client.query('BEGIN');
  try {
    await client.query(
      `WITH open_round AS (${openRound}),
       response AS (
         INSERT INTO "Response" ("id", "organisationId", "roundId", "groupId", "responseKey", "status", "revision")
         SELECT $3::uuid, $2::uuid, $1::uuid, $4::uuid, $5, 'IN_PROGRESS', 1 FROM open_round
         ON CONFLICT ("organisationId", "responseKey") DO UPDATE SET "revision" = "Response"."revision" + 1
         RETURNING "id", "revision", "status"
       ),
       answers AS (
         INSERT INTO "Answer" ("organisationId", "responseId", "itemKey", "value")
         SELECT $2::uuid, response."id", t.k, t.v FROM response, unnest($6::text[], $7::int[]) AS t(k, v)
         ON CONFLICT ("organisationId", "responseId", "itemKey") DO UPDATE SET "value" = EXCLUDED."value"
       )
       SELECT "id", "revision", "status" FROM response`,
      [roundId, organisationId, randomUUID(), target.groupId, target.responseKey, answers.map((a) => a.itemKey), answers.map((a) => a.value)],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The product's submit transaction (submitResponse), statement for statement (less its set_config). */
async function submitDirect(client: pg.PoolClient, organisationId: string, roundId: string, target: { invitationId: string; responseKey: string }) {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `WITH open_round AS (${openRound})
       SELECT (SELECT "id" FROM "Response" WHERE "responseKey" = $3 AND "organisationId" = $2::uuid FOR UPDATE) AS "id" FROM open_round`,
      [roundId, organisationId, target.responseKey],
    );
    await client.query(
      `WITH missing AS (
         SELECT coalesce(array_agg(k), '{}') AS keys FROM unnest($3::text[]) AS k
         WHERE NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."organisationId" = $2::uuid AND a."responseId" = $1::uuid AND a."itemKey" = k)
       ),
       submitted AS (
         UPDATE "Response" SET "status" = 'SUBMITTED', "revision" = "revision" + 1
         WHERE "id" = $1::uuid AND "organisationId" = $2::uuid AND (SELECT cardinality(keys) FROM missing) = 0
         RETURNING "revision"
       )
       SELECT (SELECT keys FROM missing) AS "missing", (SELECT "revision" FROM submitted) AS "revision"`,
      [rows[0].id, organisationId, keys],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * The same rows written straight into PostgreSQL: as many concurrent leaders, through as many
 * database connections as the app's pool holds (lib/platform/db.ts: 10), alternating save and submit.
 */
export async function directSubmissions(
  connectionString: string,
  poolSize: number,
  ids: { organisationId: string; roundId: string },
  targets: { invitationId: string; groupId: string; responseKey: string }[],
  seconds: number,
  pace?: Pace,
): Promise<LoadSample> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const sample = await pacedLoad(targets, seconds, pace, async (target, saved) => {
    const client = await pool.connect();
    try {
      if (saved) await submitDirect(client, ids.organisationId, ids.roundId, target);
      else await saveDirect(client, ids.organisationId, ids.roundId, target);
    } finally {
      client.release();
    }
  });
  await pool.end();
  return sample;
}
