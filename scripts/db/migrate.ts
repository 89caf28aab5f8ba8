// npm run db:migrate                              apply pending migrations to DATABASE_URL
// npm run db:migrate -- --rolled-back <name>      a failed migration was undone by hand: retry it next time
// npm run db:migrate -- --applied <name>          it was completed by hand, or baselines an existing database
// (--migrations <dir> overrides prisma/migrations)
import { MigrationError, migrateDatabase, resolveMigration } from '@/lib/platform/db/migrations';
import { commandArgs, runCommand } from '@/lib/platform/db/migrations/cli-support';

await runCommand(async () => {
  const { values } = commandArgs({ 'rolled-back': { type: 'string' }, applied: { type: 'string' }, migrations: { type: 'string' } }, 'npm run db:migrate [-- --rolled-back <name> | --applied <name>]');
  const connectionString = process.env.DATABASE_URL;
  if (connectionString === undefined || connectionString === '') {
    throw new MigrationError('invalid-url', 'DATABASE_URL is not set; e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/ledertrivsel npm run db:migrate');
  }
  const migrationsDir = values.migrations;

  const resolve = values['rolled-back'] !== undefined ? 'rolled-back' : values.applied !== undefined ? 'applied' : undefined;
  if (resolve !== undefined) {
    const migrationName = (values['rolled-back'] ?? values.applied) as string;
    await resolveMigration({ connectionString, migrationName, as: resolve, migrationsDir });
    console.log(`Recorded ${migrationName} as ${resolve === 'rolled-back' ? 'rolled back' : 'applied'}; now run npm run db:migrate.`);
    return;
  }

  const started = Date.now();
  const { applied } = await migrateDatabase({ connectionString, migrationsDir, log: (line) => console.log(line) });
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) in ${Date.now() - started} ms.`);
});
