import 'server-only';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { migrationChecksum } from './checksum';

// Prisma's bookkeeping, reproduced from the schema engine (sql-schema-connector: postgres.rs
// create_migrations_table and sql_migration_persistence.rs) so that the native
// `prisma migrate deploy/status/dev` read our rows as their own. The integration test
// compares this table and its rows with what the Prisma engine itself writes.

export const MIGRATIONS_TABLE = '_prisma_migrations';

const CREATE_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export interface MigrationRow {
  id: string;
  checksum: string;
  finishedAt: Date | null;
  migrationName: string;
  logs: string | null;
  rolledBackAt: Date | null;
  startedAt: Date;
  appliedStepsCount: number;
}

/** Ordinary tables in the schema Prisma migrates (the first on the search_path). */
export async function tablesInCurrentSchema(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname = current_schema()`,
  );
  return rows.map((row) => row.name);
}

export async function createMigrationsTable(client: pg.Client): Promise<void> {
  await client.query(CREATE_TABLE);
}

export async function listMigrationRows(client: pg.Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<{
    id: string;
    checksum: string;
    finished_at: Date | null;
    migration_name: string;
    logs: string | null;
    rolled_back_at: Date | null;
    started_at: Date;
    applied_steps_count: number;
  }>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
       FROM _prisma_migrations ORDER BY started_at ASC`,
  );
  return rows.map((row) => ({
    id: row.id,
    checksum: row.checksum,
    finishedAt: row.finished_at,
    migrationName: row.migration_name,
    logs: row.logs,
    rolledBackAt: row.rolled_back_at,
    startedAt: row.started_at,
    appliedStepsCount: row.applied_steps_count,
  }));
}

// Prisma takes these timestamps from the client clock (chrono::Utc::now()), not now().

/** Returns the new row's id; the row counts as failed until recordMigrationFinished. */
export async function recordMigrationStarted(client: pg.Client, name: string, script: string): Promise<string> {
  const id = randomUUID();
  await client.query('INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, $3, $4)', [id, migrationChecksum(script), new Date(), name]);
  return id;
}

/** Prisma's record_successful_step and record_migration_finished, in one statement. */
export async function recordMigrationFinished(client: pg.Client, id: string): Promise<void> {
  await client.query('UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = $2 WHERE id = $1', [id, new Date()]);
}

export async function recordMigrationFailed(client: pg.Client, id: string, logs: string): Promise<void> {
  await client.query('UPDATE _prisma_migrations SET logs = $2 WHERE id = $1', [id, logs]);
}

/** What `prisma migrate resolve --rolled-back` does to a failed row. */
export async function markRolledBack(client: pg.Client, id: string): Promise<void> {
  await client.query('UPDATE _prisma_migrations SET rolled_back_at = $2 WHERE id = $1', [id, new Date()]);
}

/** What `prisma migrate resolve --applied` inserts: started and finished now, empty logs. */
export async function insertAppliedMarker(client: pg.Client, name: string, script: string): Promise<void> {
  const now = new Date();
  await client.query(
    `INSERT INTO _prisma_migrations (id, checksum, logs, started_at, finished_at, migration_name)
     VALUES ($1, $2, '', $3, $3, $4)`,
    [randomUUID(), migrationChecksum(script), now, name],
  );
}
