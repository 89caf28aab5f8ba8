import 'server-only';
// p-limit (pinned; already in the tree through other packages) is the small, much-used
// semaphore for promises: a fixed number of running tasks and a FIFO of waiting ones, with
// counts we can read. It has no bound on the waiting line, which is the one thing added here.
import pLimit from 'p-limit';
import { AppError } from '@/lib/platform/errors';
import { appPoolSize } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';

export interface TurnQueue {
  /** Runs `work` when a turn is free; refuses at once (503, Retry-After) when the line is full. */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

export interface TurnQueueOptions {
  /** How many may run at once. */
  turns: number;
  /** How many may wait beyond those; the next one is refused. */
  maxWaiting: number;
  retryAfterSeconds?: number;
}

/**
 * A line in front of the database pool for a hot path. Without it, a rush of requests each asks
 * the pool for a connection: past the pool's size they queue inside pg-pool and Prisma, where an
 * interactive transaction that waits longer than Prisma's maxWait (2 s) fails with P2028 and a
 * connection that waits longer than pg's connectionTimeoutMillis (5 s) fails as 503 — a leader's
 * save lost to a busy minute. Here at most `turns` run (the pool's size: none of them then waits
 * for a connection inside Prisma), the rest wait their turn in order, and only a line longer than
 * `maxWaiting` is refused — at once, as 503 with Retry-After, which the questionnaire's offline
 * queue retries (components/questionnaire/use-autosave.ts). A bounded line bounds both memory and
 * how long anyone waits, instead of letting a flood pile up until everything times out.
 *
 * Per process: each web worker (scripts/web-workers.ts) has its own pool and its own line.
 */
export function createTurnQueue({ turns, maxWaiting, retryAfterSeconds = 2 }: TurnQueueOptions): TurnQueue {
  const limit = pLimit(turns);
  let lastWarning = 0;
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      // p-limit counts a task as pending until a microtask after it is queued, so the bound is
      // on everything admitted: running plus waiting.
      if (limit.activeCount + limit.pendingCount >= turns + maxWaiting) {
        if (Date.now() - lastWarning > 10_000) {
          lastWarning = Date.now();
          console.warn(`[turns] ${turns} running and ${maxWaiting} waiting: refusing more with 503 for now (SAVE_QUEUE_LIMIT, DATABASE_POOL_SIZE).`);
        }
        return Promise.reject(new AppError('service_unavailable', { retryAfterSeconds }));
      }
      return limit(work);
    },
    get running() {
      return limit.activeCount;
    },
    get waiting() {
      return limit.pendingCount;
    },
  };
}

const globalForTurns = globalThis as unknown as { ledertrivselSaveTurns?: TurnQueue };

/**
 * The line for requests through a leader's personal link (saves, submits): as many turns as the
 * pool has connections, SAVE_QUEUE_LIMIT waiting. Each request holds one connection at a time
 * (the link lookup, then its own transaction), so within its turn it never waits for the pool.
 */
export function saveTurns(): TurnQueue {
  globalForTurns.ledertrivselSaveTurns ??= createTurnQueue({
    turns: appPoolSize(env().LEDERTRIVSEL_EMBEDDED === '1', env().DATABASE_POOL_SIZE),
    maxWaiting: env().SAVE_QUEUE_LIMIT,
  });
  return globalForTurns.ledertrivselSaveTurns;
}

/** Tests change the pool size and the limit; they call this after doing so. */
export function resetSaveTurns(): void {
  globalForTurns.ledertrivselSaveTurns = undefined;
}
