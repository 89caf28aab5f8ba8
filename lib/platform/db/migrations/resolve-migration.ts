import { connect, parseConnectionString } from './connection';
import { MigrationError } from './errors';
import { withMigrateLock, withProcessMutex } from './lock';
import { DEFAULT_MIGRATIONS_DIR, readMigrationsFolder, usableMigrations } from './migrations-folder';
import { createMigrationsTable, insertAppliedMarker, listMigrationRows, markRolledBack, tablesInCurrentSchema } from './migrations-table';

export interface ResolveMigrationOptions {
  connectionString: string;
  migrationName: string;
  /**
   * `rolled-back`: the failed attempt was undone by hand; the next migrate applies it again.
   * `applied`: it was completed by hand; record it as applied without running it.
   */
  as: 'rolled-back' | 'applied';
  migrationsDir?: string;
}

/** `prisma migrate resolve` without the native engine, with the same rules and rows. */
export async function resolveMigration(options: ResolveMigrationOptions): Promise<void> {
  const { migrationName: name } = options;
  const target = parseConnectionString(options.connectionString);
  const folder = await readMigrationsFolder(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const migration = usableMigrations(folder).find((candidate) => candidate.name === name);
  if (migration === undefined) {
    throw new MigrationError('resolve', `Migration ${name} is not in ${folder.dir}`, { migrationName: name });
  }

  await withProcessMutex(target.display, async () => {
    const client = await connect(target);
    try {
      await withMigrateLock(client, { timeoutMs: 60_000, display: target.display, log: () => {} }, async () => {
        const hasTable = (await tablesInCurrentSchema(client)).includes('_prisma_migrations');
        const rows = hasTable ? await listMigrationRows(client) : [];
        const live = rows.filter((row) => row.migrationName === name && row.rolledBackAt === null);
        const failed = live.filter((row) => row.finishedAt === null);
        if (options.as === 'rolled-back') {
          if (failed.length === 0) {
            throw new MigrationError('resolve', `Migration ${name} is not in a failed state on ${target.display}, so there is nothing to roll back`, { migrationName: name });
          }
          for (const row of failed) await markRolledBack(client, row.id);
          return;
        }
        if (live.some((row) => row.finishedAt !== null)) {
          throw new MigrationError('resolve', `Migration ${name} is already recorded as applied on ${target.display}`, { migrationName: name });
        }
        // Marking the first migration applied on a database made another way is how it is
        // baselined (Prisma's flow after P3005), so the table may not exist yet.
        if (!hasTable) await createMigrationsTable(client);
        for (const row of failed) await markRolledBack(client, row.id);
        await insertAppliedMarker(client, name, migration.script);
      });
    } finally {
      await client.end().catch(() => {});
    }
  });
}
