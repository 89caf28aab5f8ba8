import 'server-only';
import path from 'node:path';
import type pg from 'pg';
import { scriptMatchesChecksum } from './checksum';
import { connect, parseConnectionString, type DatabaseTarget } from './connection';
import { MigrationError } from './errors';
import { failureLogs, failureSummary } from './failure-logs';
import { withMigrateLock, withProcessMutex } from './lock';
import { DEFAULT_MIGRATIONS_DIR, readMigrationsFolder, usableMigrations, type ReadyMigration } from './migrations-folder';
import { createMigrationsTable, listMigrationRows, recordMigrationFailed, recordMigrationFinished, recordMigrationStarted, tablesInCurrentSchema, type MigrationRow } from './migrations-table';

export interface MigrateDatabaseOptions {
  connectionString: string;
  /** Defaults to `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Progress lines (which migration is applied, how long it took). Silent by default. */
  log?: (line: string) => void;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;

/**
 * Applies the pending migrations, as `prisma migrate deploy` does and recorded the same way in
 * `_prisma_migrations`, but stricter: an applied migration whose file was edited stops it.
 * Throws a MigrationError (one-line message, `.migrationName` when it is about one) on any problem.
 */
export async function migrateDatabase(options: MigrateDatabaseOptions): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const target = parseConnectionString(options.connectionString);
  const folder = await readMigrationsFolder(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  if (!folder.exists) {
    throw new MigrationError('migrations-folder', `No migrations folder at ${folder.dir}`);
  }
  const migrations = usableMigrations(folder);

  return withProcessMutex(target.display, async () => {
    const client = await connect(target);
    try {
      const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
      return await withMigrateLock(client, { timeoutMs: lockTimeoutMs, display: target.display, log }, () => applyPending(client, target, migrations, folder.dir, log));
    } finally {
      await client.end().catch(() => {});
    }
  });
}

async function applyPending(client: pg.Client, target: DatabaseTarget, migrations: ReadyMigration[], dir: string, log: (line: string) => void): Promise<{ applied: string[] }> {
  await ensureMigrationsTable(client, target, migrations[0]?.name);
  const rows = await listMigrationRows(client);
  refuseFailed(rows);
  refuseEdited(rows, migrations, dir);

  // A rolled-back row does not count as applied: that is how a failed migration is retried.
  const live = rows.filter((row) => row.rolledBackAt === null);
  const pending = migrations.filter((migration) => !live.some((row) => row.migrationName === migration.name));
  const unknown = live.filter((row) => !migrations.some((migration) => migration.name === row.migrationName));
  if (unknown.length > 0) {
    log(`The database has migrations this folder lacks (left alone, as prisma migrate deploy does): ${unknown.map((row) => row.migrationName).join(', ')}`);
  }
  if (pending.length === 0) {
    log(`${target.display} is up to date (${migrations.length} migrations).`);
    return { applied: [] };
  }

  const applied: string[] = [];
  for (const migration of pending) {
    const started = Date.now();
    log(`Applying migration ${migration.name}…`);
    await applyOne(client, migration);
    applied.push(migration.name);
    log(`Applied ${migration.name} in ${Date.now() - started} ms.`);
  }
  return { applied };
}

async function ensureMigrationsTable(client: pg.Client, target: DatabaseTarget, firstMigration: string | undefined): Promise<void> {
  const tables = await tablesInCurrentSchema(client);
  if (tables.includes('_prisma_migrations')) return;
  if (tables.length > 0) {
    // Prisma's P3005: migrating a database made some other way would fail halfway or worse.
    throw new MigrationError(
      'not-empty',
      `${target.display} already has tables (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}) but no _prisma_migrations. If they are what ${firstMigration ?? 'the first migration'} creates, baseline it: npm run db:migrate -- --applied ${firstMigration ?? '<name>'} (https://pris.ly/d/migrate-baseline)`,
    );
  }
  await createMigrationsTable(client);
}

function refuseFailed(rows: MigrationRow[]): void {
  const failed = rows.filter((row) => row.finishedAt === null && row.rolledBackAt === null);
  const first = failed[0];
  if (first === undefined) return;
  const others =
    failed.length > 1
      ? ` (and ${failed
          .slice(1)
          .map((row) => row.migrationName)
          .join(', ')})`
      : '';
  throw new MigrationError(
    'failed',
    `Migration ${first.migrationName} failed when it was applied at ${first.startedAt.toISOString()}${others}; its logs are in _prisma_migrations. Repair the database, then resolve it before migrating again: npm run db:migrate -- --rolled-back ${first.migrationName} (or --applied if you completed it by hand)`,
    { migrationName: first.migrationName },
  );
}

function refuseEdited(rows: MigrationRow[], migrations: ReadyMigration[], dir: string): void {
  for (const migration of migrations) {
    const row = rows.find((candidate) => candidate.migrationName === migration.name && candidate.rolledBackAt === null);
    if (row === undefined || scriptMatchesChecksum(migration.script, row.checksum)) continue;
    throw new MigrationError(
      'edited',
      `Migration ${migration.name} was modified after it was applied: ${path.join(dir, migration.name, 'migration.sql')} no longer matches the checksum in _prisma_migrations. Restore the applied version (git) and put the change in a new migration.`,
      { migrationName: migration.name },
    );
  }
}

async function applyOne(client: pg.Client, migration: ReadyMigration): Promise<void> {
  const id = await recordMigrationStarted(client, migration.name, migration.script);
  try {
    // One simple-protocol query, as Prisma's native engine sends it: PostgreSQL runs the whole
    // script in one implicit transaction unless the script manages transactions itself.
    await client.query(migration.script);
  } catch (error) {
    const recorded = await recordMigrationFailed(client, id, failureLogs(migration.name, migration.script, error)).then(
      () => true,
      () => false,
    );
    throw new MigrationError(
      'failed',
      `Migration ${migration.name} failed: ${failureSummary(migration.script, error)}. ${recorded ? 'It is recorded as failed in _prisma_migrations; fix' : 'Could not record the failure either; check the connection, fix'} the migration or the database, then resolve it before migrating again: npm run db:migrate -- --rolled-back ${migration.name}`,
      { migrationName: migration.name, cause: error },
    );
  }
  await recordMigrationFinished(client, id);
}
