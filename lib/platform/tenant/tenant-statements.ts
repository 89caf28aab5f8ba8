import 'server-only';
import type pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { appDatabase, logQuery } from '@/lib/platform/db';
import { assertOrganisationId } from './tenant-transaction';

/** Runs one statement built with Prisma.sql (parameters stay parameters) and returns its rows. */
export type RunStatement = <Row>(statement: Prisma.Sql) => Promise<Row[]>;

/**
 * tenantTransaction's twin for the one path every leader hits in a rush: saving and submitting
 * (issue 19, decision 0017). The same transaction — BEGIN, the organisation's setting, the
 * statements, COMMIT, on a connection of the same pool under the same role — but sent by `pg`
 * itself rather than through Prisma's interactive transaction, which costs about 0.7 ms of CPU
 * per statement and a timer per transaction: on a 2-core server that was most of a save.
 * The statements are Prisma.sql templates, so values are parameters as everywhere else.
 *
 * The setting is transaction-local, like tenantTransaction's, and so is a statement timeout of
 * 15 s: a save that meets a round being closed waits for the close rather than failing, but no
 * transaction holds its connection for ever.
 */
export async function tenantStatements<T>(organisationId: string, fn: (run: RunStatement) => Promise<T>): Promise<T> {
  assertOrganisationId(organisationId);
  const { pool, queryLog } = appDatabase();
  const client = await pool.connect();
  const run: RunStatement = async <Row>(statement: Prisma.Sql) => (await query(client, queryLog, statement.text, statement.values)).rows as Row[];
  let broken: Error | undefined;
  try {
    await query(client, queryLog, 'BEGIN', []);
    await query(client, queryLog, `SELECT set_config('app.organisation_id', $1, true), set_config('statement_timeout', '15s', true)`, [organisationId]);
    const result = await fn(run);
    await query(client, queryLog, 'COMMIT', []);
    return result;
  } catch (error) {
    await query(client, queryLog, 'ROLLBACK', []).catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: closed, never reused.
    client.release(broken);
  }
}

/**
 * One statement outside any transaction (its own), on the same pool: for the personal-link
 * lookup, whose SQL function sets and restores its own context.
 */
export async function singleStatement<Row>(statement: Prisma.Sql): Promise<Row[]> {
  const { pool, queryLog } = appDatabase();
  const client = await pool.connect();
  try {
    return (await query(client, queryLog, statement.text, statement.values)).rows as Row[];
  } finally {
    client.release();
  }
}

async function query(client: pg.PoolClient, queryLog: string | undefined, text: string, values: unknown[]) {
  if (!queryLog) return client.query(text, values);
  const at = new Date();
  const started = performance.now();
  try {
    return await client.query(text, values);
  } finally {
    logQuery(queryLog, { at, ms: performance.now() - started, query: text, params: JSON.stringify(values) });
  }
}
