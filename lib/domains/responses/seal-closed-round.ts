import 'server-only';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';

/**
 * Seals a round's responses as it closes (decision 0004). While a round is open, a response has
 * to be found again through its leader's link: its key is derived from the invitation, so the
 * server's key (TOKEN_HASH_KEY) together with the database can tell whose it is; and the rows'
 * transaction ids and order on disk reflect when each was last saved. Once the round is closed
 * no link works and nothing needs either, so the closing transaction rewrites them:
 *
 * - every response gets a new random id and a random key in place of the derived one, so from
 *   now on not even the server's key leads from an answer to a person;
 * - responses, answers and comments are written anew, in random order, in this one transaction:
 *   they all carry its transaction id, and their order on disk follows nobody.
 *
 * The old row versions are dead at once and gone at the next vacuum; until then a copy of the
 * raw data files (not a dump) still holds them. Idempotent in effect: sealing twice only
 * reshuffles. One statement, so the answers move with their responses or not at all.
 */
export async function sealClosedRoundResponses(tx: Tx, organisationId: string, roundId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ sealed: number }[]>`
    WITH old AS (
      SELECT r.id, gen_random_uuid() AS new_id
        FROM "Response" r
       WHERE r."organisationId" = ${organisationId}::uuid AND r."roundId" = ${roundId}::uuid
    ),
    responses AS (
      INSERT INTO "Response" ("id", "organisationId", "roundId", "groupId", "responseKey", "status", "revision")
      SELECT o.new_id, r."organisationId", r."roundId", r."groupId", 'sealed:' || o.new_id::text, r."status", 0
        FROM old o JOIN "Response" r ON r."organisationId" = ${organisationId}::uuid AND r.id = o.id
       ORDER BY random()
      RETURNING 1
    ),
    answers AS (
      INSERT INTO "Answer" ("organisationId", "responseId", "itemKey", "value")
      SELECT a."organisationId", o.new_id, a."itemKey", a."value"
        FROM old o JOIN "Answer" a ON a."organisationId" = ${organisationId}::uuid AND a."responseId" = o.id
       ORDER BY random()
      RETURNING 1
    ),
    comments AS (
      INSERT INTO "ResponseComment" ("id", "organisationId", "responseId", "side", "body", "hiddenAt")
      SELECT gen_random_uuid(), c."organisationId", o.new_id, c."side", c."body", c."hiddenAt"
        FROM old o JOIN "ResponseComment" c ON c."organisationId" = ${organisationId}::uuid AND c."responseId" = o.id
       ORDER BY random()
      RETURNING 1
    ),
    -- The old responses go, and their answers and comments with them (ON DELETE CASCADE). Every
    -- part of this statement reads the rows as they were before it, so none sees the new ones.
    removed AS (
      DELETE FROM "Response" r USING old o
       WHERE r."organisationId" = ${organisationId}::uuid AND r.id = o.id
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM responses)::int AS sealed,
           (SELECT count(*) FROM answers)::int AS answers,
           (SELECT count(*) FROM comments)::int AS comments,
           (SELECT count(*) FROM removed)::int AS removed`;
  return rows[0]?.sealed ?? 0;
}
