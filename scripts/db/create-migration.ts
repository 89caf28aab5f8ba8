// npm run db:migration:create -- <name> [--schema <file>] [--migrations <dir>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the existing
// migrations to prisma/schema.prisma. The migrations are replayed in a temporary shadow
// database on the server of DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import path from 'node:path';
import { createMigration, DEFAULT_SHADOW_SERVER_URL, MigrationError } from '@/lib/platform/db/migrations';
import { commandArgs, runCommand } from '@/lib/platform/db/migrations/cli-support';

await runCommand(async () => {
  const usage = 'npm run db:migration:create -- <name>';
  const { values, positionals } = commandArgs({ schema: { type: 'string' }, migrations: { type: 'string' } }, usage);
  const name = positionals.join(' ').trim();
  if (name === '') throw new MigrationError('usage', `Give the migration a name: ${usage}, e.g. add_round_reminders`);

  const result = await createMigration({
    connectionString: process.env.DATABASE_URL || DEFAULT_SHADOW_SERVER_URL,
    name,
    schemaPath: values.schema,
    migrationsDir: values.migrations,
  });
  if (result.created === null) {
    console.log('No changes: the schema and the migrations already agree, so nothing was written.');
    return;
  }
  console.log(`Created ${path.relative(process.cwd(), result.file)}; review it, then run npm run db:migrate.`);
});
