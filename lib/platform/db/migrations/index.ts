// Applying migrations (what the start script and the test setup call) needs only `pg`.
// Creating and checking them loads Prisma's WebAssembly schema engine on first use.
export { MigrationError, type MigrationErrorKind } from './errors';
export { migrateDatabase, type MigrateDatabaseOptions } from './migrate-database';
export { resolveMigration, type ResolveMigrationOptions } from './resolve-migration';
export { createMigration, diffMigrationsToSchema, DEFAULT_SHADOW_SERVER_URL, type SchemaDiffOptions } from './schema-diff';
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-folder';
