import 'server-only';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { env } from '@/lib/platform/env';
import { appDatabaseRole } from '@/lib/platform/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The one job queue: pg-boss in the app's own PostgreSQL (schema "pgboss"), so queued mails
 * survive restarts and need no other service. One instance per process, kept on globalThis
 * because Next loads instrumentation and routes as separate module graphs.
 *
 * A process that only enqueues (a route, the CLI, a test) gets a "send-only" instance: it creates
 * the schema if needed but runs no maintenance, cron or workers. `startJobs` (lib/edges/jobs/workers.ts)
 * starts the full one in the server.
 *
 * It sits beside lib/platform/db.ts, not in lib/edges/jobs: the domain folders enqueue inside their own
 * transactions, and lib/edges/jobs/workers.ts, which calls into all of them, must not be below them.
 */

export const queues = {
  sendInvitation: 'send-invitation',
  reminderScan: 'reminder-scan',
  manualReminder: 'send-manual-reminder',
  freshLink: 'send-fresh-link',
  approvalRequest: 'send-approval-request',
  actionReminderScan: 'action-reminder-scan',
  retention: 'retention',
  poolConcern: 'send-pool-concern',
  shareNotice: 'send-share-notice',
  resultsReady: 'send-results-ready',
  apvReminderScan: 'apv-reminder-scan',
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];

/** What each queue's job carries: ids only — never an e-mail address or a token. */
export interface JobData {
  'send-invitation': { organisationId: string; invitationId: string };
  'reminder-scan': Record<string, never>;
  'send-manual-reminder': { organisationId: string; roundId: string; step: number };
  'send-fresh-link': { organisationId: string; invitationId: string };
  /** One MED/AMO member asked to approve a draft round's opening. */
  'send-approval-request': { organisationId: string; roundId: string; userId: string };
  'action-reminder-scan': Record<string, never>;
  retention: Record<string, never>;
  /** A leader's concern about their pool: the concern only — nothing that leads to the leader. */
  'send-pool-concern': { organisationId: string; concernId: string };
  /** A leader shared their balance: the share only; the mail reads the manager and the name from it. */
  'send-share-notice': { organisationId: string; shareId: string };
  /** A round closed: its members who may see results hear so (lib/domains/results/results-ready-mail.ts). */
  'send-results-ready': { organisationId: string; roundId: string };
  'apv-reminder-scan': Record<string, never>;
}

const queueOptions: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
  // A mail server hiccup is retried with backoff for about an hour before giving up.
  'send-invitation': { policy: 'standard', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  // Never two scans at once, and at most one waiting: a slow scan does not pile up work.
  'reminder-scan': { policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  'send-manual-reminder': { policy: 'standard', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 1800 },
  'send-fresh-link': { policy: 'standard', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  'send-approval-request': { policy: 'standard', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  // Like the reminder scan: one at a time; a failed mail is retried by the next scan, not the job.
  'action-reminder-scan': { policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  // Daily; a failed run is simply the next day's work.
  retention: { policy: 'stately', retryLimit: 0, expireInSeconds: 3600 },
  'send-pool-concern': { policy: 'standard', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  'send-share-notice': { policy: 'standard', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  // A retry skips the members already mailed (their MailDelivery rows), so it is safe to repeat.
  'send-results-ready': { policy: 'standard', retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 },
  'apv-reminder-scan': { policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
};

/**
 * pg-boss connects as the database owner and creates its own schema; the app's role
 * (appDatabaseRole, lib/platform/db.ts) enqueues inside its transactions, so it needs the queue's tables
 * and functions too. Idempotent, and cheap enough to run at every start.
 */
async function grantQueueToApp(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(
    `GRANT USAGE ON SCHEMA pgboss TO ${appDatabaseRole};
     GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${appDatabaseRole};
     GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${appDatabaseRole};
     GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${appDatabaseRole};`,
    [],
  );
}

/** One connection on the embedded database, for the same reason as the app's (appPoolSize in lib/platform/db.ts). */
export function queuePoolSize(embedded: boolean): number {
  return embedded ? 1 : 4;
}

interface QueueState {
  boss: Promise<PgBoss>;
  full: boolean;
}

const globalForJobs = globalThis as unknown as { ledertrivselJobs?: QueueState };

async function createBoss(full: boolean): Promise<PgBoss> {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: the job queue lives in the database.');
  return startQueueOn(connectionString, { full });
}

/** Starts pg-boss on a database and makes sure its queues exist and the app's role may use them. */
export async function startQueueOn(connectionString: string, { full }: { full: boolean }): Promise<PgBoss> {
  const embedded = env().LEDERTRIVSEL_EMBEDDED === '1';
  const boss = new PgBoss({
    connectionString,
    schema: 'pgboss',
    application_name: 'ledertrivsel-jobs',
    max: queuePoolSize(embedded),
    supervise: full,
    schedule: full,
  });
  // pg-boss reports connection trouble here instead of throwing; without a listener it would crash the process.
  boss.on('error', (error) => console.error('[jobs]', error.message));
  await inTurn(connectionString, embedded, async () => {
    await boss.start();
    for (const name of Object.values(queues)) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...queueOptions[name] });
    }
    await grantQueueToApp(boss);
  });
  return boss;
}

/** Any fixed number: the key of the advisory lock under which queue setup runs. */
const QUEUE_SETUP_LOCK = 74_657_301;

/**
 * The web workers of `npm start` start together, and on a fresh database each would create the
 * queues and grant them at the same moment: pg-boss's createQueue then deadlocks against itself
 * (40P01) and that worker runs without a queue. So they take turns, under a session advisory lock
 * held on a connection of its own (pg-boss's pool could unlock on another connection). Embedded
 * PGlite runs one worker with one session, where there is no one to wait for.
 */
async function inTurn(connectionString: string, embedded: boolean, work: () => Promise<void>): Promise<void> {
  if (embedded) return work();
  const client = new pg.Client({ connectionString, application_name: 'ledertrivsel-jobs-setup' });
  await client.connect();
  try {
    await client.query("SET lock_timeout = '60s'");
    await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    await work();
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/**
 * The running queue (starting a send-only one if none runs yet). `full` starts maintenance and
 * cron; a send-only instance already running is replaced by a full one.
 */
export async function jobQueue(options: { full?: boolean } = {}): Promise<PgBoss> {
  const current = globalForJobs.ledertrivselJobs;
  if (current && (current.full || !options.full)) return current.boss;
  if (current) await stopJobQueue();
  const state: QueueState = { boss: createBoss(Boolean(options.full)), full: Boolean(options.full) };
  globalForJobs.ledertrivselJobs = state;
  state.boss.catch(() => {
    if (globalForJobs.ledertrivselJobs === state) globalForJobs.ledertrivselJobs = undefined;
  });
  return state.boss;
}

/** Stops workers and closes the queue's connections (server shutdown, end of a test file). */
export async function stopJobQueue(): Promise<void> {
  const current = globalForJobs.ledertrivselJobs;
  globalForJobs.ledertrivselJobs = undefined;
  if (!current) return;
  const boss = await current.boss.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** pg-boss running its SQL on a Prisma transaction: jobs then exist exactly when the change does. */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
}

export interface EnqueueOptions {
  /** Enqueue inside this transaction (commit and jobs together, or neither). */
  tx?: Prisma.TransactionClient;
  startAfter?: Date;
  singletonKey?: string;
}

export async function enqueue<Q extends QueueName>(name: Q, data: JobData[Q], options: EnqueueOptions = {}): Promise<void> {
  await enqueueMany(name, [data], options);
}

export async function enqueueMany<Q extends QueueName>(name: Q, items: JobData[Q][], options: EnqueueOptions = {}): Promise<void> {
  if (items.length === 0) return;
  const boss = await jobQueue();
  const jobs: PgBoss.JobInsert[] = items.map((data) => ({
    name,
    data,
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  }));
  // Big rounds are inserted in slices: one statement per slice keeps the JSON parameter small.
  for (let i = 0; i < jobs.length; i += 500) {
    const slice = jobs.slice(i, i + 500);
    if (options.tx) await boss.insert(slice, { db: transactionDb(options.tx) });
    else await boss.insert(slice);
  }
}
