import 'server-only';
import type pg from 'pg';
import { MigrationError } from './errors';

/** The advisory lock key Prisma Migrate uses, so our runner and the native CLI exclude each other. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const POLL_MS = 250;

/**
 * Runs `work` while holding Prisma's advisory lock on `client`'s session.
 *
 * try-lock in a loop rather than a blocking pg_advisory_lock: the wait gets a deadline without
 * touching lock_timeout, and a waiting server can say so. On PGlite every connection shares
 * one session, where advisory locks are re-entrant; `withProcessMutex` covers that case.
 */
export async function withMigrateLock<T>(client: pg.Client, options: { timeoutMs: number; display: string; log: (line: string) => void }, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  while (!(await tryLock(client))) {
    if (Date.now() >= deadline) {
      throw new MigrationError(
        'lock-timeout',
        `Another process has held the migration lock on ${options.display} for over ${Math.round(options.timeoutMs / 1000)}s (pg_advisory_lock ${PRISMA_MIGRATE_LOCK_KEY}); is a migration stuck?`,
      );
    }
    if (!announced) {
      options.log(`Waiting for another process to finish migrating ${options.display}…`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    // Closing the connection releases it too, except on PGlite where the session outlives it.
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
  }
}

async function tryLock(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [PRISMA_MIGRATE_LOCK_KEY]);
  return rows[0]?.locked === true;
}

const queues = new Map<string, Promise<unknown>>();

/** Serialises calls for the same database within this process. */
export async function withProcessMutex<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const current = previous.catch(() => {}).then(work);
  queues.set(key, current);
  try {
    return await current;
  } finally {
    if (queues.get(key) === current) queues.delete(key);
  }
}
