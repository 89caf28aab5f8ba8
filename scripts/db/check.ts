// npm run db:check [-- --schema <file>] [--migrations <dir>]
// Exit 0 when prisma/schema.prisma and prisma/migrations agree, 1 (printing the SQL that would
// reconcile them) when they do not, 2 when the check itself could not run. The migrations are
// replayed in a temporary shadow database on the server of DATABASE_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres).
import { DEFAULT_SHADOW_SERVER_URL, diffMigrationsToSchema } from '@/lib/platform/db/migrations';
import { commandArgs, runCommand } from '@/lib/platform/db/migrations/cli-support';

await runCommand(async () => {
  const { values } = commandArgs({ schema: { type: 'string' }, migrations: { type: 'string' } }, 'npm run db:check');
  const { inSync, script } = await diffMigrationsToSchema({
    connectionString: process.env.DATABASE_URL || DEFAULT_SHADOW_SERVER_URL,
    schemaPath: values.schema,
    migrationsDir: values.migrations,
  });
  if (inSync) {
    console.log('OK: the schema and the migrations agree.');
    return 0;
  }
  console.log('The schema and the migrations disagree. After the migrations, this SQL would still be needed:\n');
  console.log(script.trimEnd());
  console.log('\nCreate a migration for it: npm run db:migration:create -- <name>');
  return 1;
}, 2);
