import 'server-only';
import { hashToken } from '@/lib/platform/crypto/tokens';
import { db } from '@/lib/platform/db';
import { rateLimits, type RateLimitName } from './limits';

export interface RateLimitState {
  allowed: boolean;
  /** Seconds until the current window ends; what a 429's Retry-After says. */
  retryAfterSeconds: number;
}

/**
 * The stored key: the limit's name and a keyed hash of the subject, so the table never holds an
 * e-mail address or an IP address in the clear — and, the key living outside the database, a
 * reader of it cannot hash a list of leaders' addresses to see who asked for what, and when.
 */
function counterKey(name: RateLimitName, subject: string): string {
  return `${name}:${Buffer.from(hashToken(subject, 'rate-limit'), 'hex').toString('base64url').slice(0, 32)}`;
}

// One statement per hit: concurrent requests from every app instance count exactly, and a
// window that has run out starts again at the first request after it. Times are the database's.
const hitSql = `
  INSERT INTO "RateLimitCounter" ("key", "windowStartsAt", "count")
  VALUES ($1, now() AT TIME ZONE 'UTC', 1)
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN "RateLimitCounter"."windowStartsAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $2) THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
    "windowStartsAt" = CASE WHEN "RateLimitCounter"."windowStartsAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => $2) THEN now() AT TIME ZONE 'UTC' ELSE "RateLimitCounter"."windowStartsAt" END
  RETURNING "count", ceil(extract(epoch FROM "windowStartsAt" + make_interval(secs => $2) - (now() AT TIME ZONE 'UTC')))::int AS "retryAfterSeconds"`;

const peekSql = `
  SELECT "count", ceil(extract(epoch FROM "windowStartsAt" + make_interval(secs => $2) - (now() AT TIME ZONE 'UTC')))::int AS "retryAfterSeconds"
  FROM "RateLimitCounter"
  WHERE "key" = $1 AND "windowStartsAt" > (now() AT TIME ZONE 'UTC') - make_interval(secs => $2)`;

type Row = { count: number; retryAfterSeconds: number };

function stateOf(name: RateLimitName, row: Row | undefined, counted: boolean): RateLimitState {
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  const { limit } = rateLimits[name];
  return { allowed: counted ? row.count <= limit : row.count < limit, retryAfterSeconds: Math.max(1, row.retryAfterSeconds) };
}

/** Counts one request against a limit and says whether it is within it. */
export async function hitRateLimit(name: RateLimitName, subject: string): Promise<RateLimitState> {
  const rows = await db().$queryRawUnsafe<Row[]>(hitSql, counterKey(name, subject), rateLimits[name].windowSeconds);
  void forgetOldCounters();
  return stateOf(name, rows[0], true);
}

/** Whether one more request would be within a limit, without counting it (limits on failures). */
export async function peekRateLimit(name: RateLimitName, subject: string): Promise<RateLimitState> {
  const rows = await db().$queryRawUnsafe<Row[]>(peekSql, counterKey(name, subject), rateLimits[name].windowSeconds);
  return stateOf(name, rows[0], false);
}

let lastSweep = 0;
/** Counters whose window ended long ago are dead weight; one sweep an hour per process is plenty. */
async function forgetOldCounters(): Promise<void> {
  if (Date.now() - lastSweep < 60 * 60 * 1000) return;
  lastSweep = Date.now();
  await db()
    .$executeRawUnsafe(`DELETE FROM "RateLimitCounter" WHERE "windowStartsAt" < (now() AT TIME ZONE 'UTC') - interval '1 day'`)
    .catch((error: unknown) => console.warn('[rate-limit] sweep failed:', (error as Error).message));
}
