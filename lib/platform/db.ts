import 'server-only';
import { appendFileSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/platform/env';

/** The role every connection of the app works as (prisma/migrations/*_row_level_security creates it). */
export const appDatabaseRole = 'ledertrivsel_app';

/**
 * The one Prisma client. Both database modes (a PostgreSQL server, or the embedded PGlite that
 * scripts/start.ts serves over the wire protocol) go through the same adapter-pg path.
 *
 * Every connection becomes the app's database role before its first query: a role that owns no
 * table and cannot bypass row-level security, so a tenant row is only visible inside a
 * transaction that names its organisation (lib/platform/tenant/tenant-transaction.ts). The pool's
 * onConnect hook is awaited and a failure closes the connection: a connection that could not
 * drop its owner rights is never used.
 *
 * Application code reaches tenant data through lib/platform/tenant (scopedDb, tenantTransaction,
 * systemTransaction); this client directly is for the global tables (users, sessions,
 * rate-limit counters, the dev outbox).
 */
export function createAppClient(connectionString: string, options: { maxConnections?: number; queryLog?: string } = {}): PrismaClient {
  return createAppDatabase(connectionString, { ...options, endPoolWithClient: true }).client;
}

/** The client and the pg pool beneath it: the same connections, so one bound holds for both. */
export interface AppDatabase {
  client: PrismaClient;
  pool: pg.Pool;
  /** The query log's file, if any (LEDERTRIVSEL_QUERY_LOG): statements sent on the pool directly are logged there too. */
  queryLog?: string;
}

/** How long a request waits for a database connection (Prisma's default is 2 s, then P2028). */
const CONNECTION_WAIT_MS = 10_000;

export function createAppDatabase(connectionString: string, options: { maxConnections?: number; queryLog?: string; endPoolWithClient?: boolean } = {}): AppDatabase {
  const pool = new pg.Pool({
    connectionString,
    // A busy moment waits for a connection rather than failing (issue 19): the pool's wait and
    // Prisma's (transactionOptions below) are one bound, well inside a request's patience.
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
    max: options.maxConnections ?? 10,
    onConnect: async (client: pg.ClientBase) => {
      await client.query(`SET ROLE ${appDatabaseRole}`);
    },
  });
  // A connection that dies while idle (a database restart, a dropped test database) is removed
  // by the pool and replaced at the next checkout; without a listener its error would crash the process.
  pool.on('error', (error) => console.warn(`[db] an idle connection was closed: ${error.message}`));
  // The app's pool is ended by disconnectDb, also when Prisma never used it (a path that only
  // sent statements itself); a client made on its own ends its pool with $disconnect.
  const adapter = new PrismaPg(pool, { disposeExternalPool: options.endPoolWithClient ?? false });
  const transactionOptions = { maxWait: CONNECTION_WAIT_MS };
  if (!options.queryLog) return { client: new PrismaClient({ adapter, transactionOptions }), pool };
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
  const file = options.queryLog;
  // Synchronous on purpose: lines from concurrent requests must not interleave. Diagnostics only.
  client.$on('query', (event) => logQuery(file, { at: event.timestamp, ms: event.duration, query: event.query, params: event.params }));
  return { client, pool, queryLog: file };
}

export function logQuery(file: string, entry: { at: Date; ms: number; query: string; params: string }): void {
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

function createDatabase(): AppDatabase {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.');
  }
  const queryLog = env().LEDERTRIVSEL_QUERY_LOG;
  return createAppDatabase(connectionString, { maxConnections: appPoolSize(env().LEDERTRIVSEL_EMBEDDED === '1', env().DATABASE_POOL_SIZE), ...(queryLog ? { queryLog } : {}) });
}

/**
 * PGlite has one session for all its socket clients and interleaves their messages; one
 * connection keeps the app's transactions and statements whole (it runs one query at a time anyway).
 * Against PostgreSQL, DATABASE_POOL_SIZE per web worker (scripts/web-workers.ts sets it so that
 * all workers together stay within PostgreSQL's default 100 connections), else 10.
 */
export function appPoolSize(embedded: boolean, configured?: number): number {
  return embedded ? 1 : (configured ?? 10);
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; ledertrivselDatabase?: AppDatabase };

function database(): AppDatabase {
  globalForPrisma.ledertrivselDatabase ??= createDatabase();
  globalForPrisma.prisma = globalForPrisma.ledertrivselDatabase.client;
  return globalForPrisma.ledertrivselDatabase;
}

/** Lazily created so that tests can point DATABASE_URL at their own database first. */
export function db(): PrismaClient {
  return database().client;
}

/**
 * The pool beneath db(), for the one path that sends its statements on a connection itself: a
 * leader's save and submit (lib/platform/tenant/tenant-statements.ts). Same connections, same role.
 */
export function appDatabase(): AppDatabase {
  return database();
}

export async function disconnectDb(): Promise<void> {
  const database = globalForPrisma.ledertrivselDatabase;
  globalForPrisma.ledertrivselDatabase = undefined;
  await database?.client.$disconnect();
  await database?.pool.end();
  globalForPrisma.prisma = undefined;
}
