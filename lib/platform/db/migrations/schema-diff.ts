import 'server-only';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MigrationError } from './errors';
import { migrationNameSlug } from './migration-name';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, LOCKFILE_CONTENT, LOCKFILE_NAME, readMigrationsFolder, usableMigrations } from './migrations-folder';

/** Where create-migration and check make their temporary shadow database when DATABASE_URL is unset. */
export const DEFAULT_SHADOW_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface SchemaDiffOptions {
  /** A database on the server that hosts the temporary shadow database; its own data is not touched. */
  connectionString: string;
  migrationsDir?: string;
  schemaPath?: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The SQL that would take a database built by the migrations folder to what schema.prisma
 * describes (`prisma migrate diff --from-migrations … --to-schema … --script --exit-code`).
 * The migrations are replayed in a temporary shadow database, which is dropped afterwards.
 */
export async function diffMigrationsToSchema(options: SchemaDiffOptions): Promise<{ inSync: boolean; script: string }> {
  const { migrationList, withSchemaEngine } = await import('./wasm-engine');
  const { folder, schema } = await readInputs(options);
  const result = await withSchemaEngine(options.connectionString, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationList(folder) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  // exitCode 2 is the engine's "the diff is not empty" (the CLI's --exit-code).
  return { inSync: result.exitCode === 0, script: result.stdout ?? '' };
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with what `prisma migrate dev
 * --create-only --name <name>` would write, and the lock file. Writes nothing and returns
 * `created: null` when schema.prisma and the migrations already agree.
 *
 * The engine's own createMigration cannot be used: in its WebAssembly build it refuses to
 * replay migrations without a shadow database and, unlike diff, it is not given one. Both
 * render the script with the same code, so diff's script is the migration Prisma would write.
 */
export async function createMigration(options: SchemaDiffOptions & { name: string; now?: Date }): Promise<{ created: null } | { created: string; file: string; script: string }> {
  const slug = migrationNameSlug(options.name);
  const { inSync, script } = await diffMigrationsToSchema(options);
  if (inSync) return { created: null };

  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const name = `${timestamp(options.now ?? new Date())}_${slug}`;
  const dir = path.join(migrationsDir, name);
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(dir).catch((error: unknown) => {
    throw new MigrationError('migrations-folder', `The migration folder ${dir} already exists`, { cause: error });
  });
  const file = path.join(dir, 'migration.sql');
  await writeFile(file, script, 'utf8');
  await writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT, 'utf8');
  return { created: name, file, script };
}

/** Prisma's migration prefix: UTC, %Y%m%d%H%M%S. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function readInputs(options: SchemaDiffOptions) {
  const folder = await readMigrationsFolder(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  usableMigrations(folder);
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const content = await readFile(schemaPath, 'utf8').catch((error: unknown) => {
    throw new MigrationError('migrations-folder', `Cannot read the Prisma schema at ${schemaPath}`, { cause: error });
  });
  return { folder, schema: { path: schemaPath, content } };
}
