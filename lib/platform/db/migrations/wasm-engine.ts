import 'server-only';
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { connect, parseConnectionString, type DatabaseTarget } from './connection';
import { MigrationError } from './errors';
import { LOCKFILE_CONTENT, LOCKFILE_NAME, type MigrationsFolder } from './migrations-folder';
import { loadSchemaEngine, takePanic } from './wasm-loader';

// Prisma's schema engine, compiled to WebAssembly, driven through @prisma/adapter-pg: the
// native engine binary cannot be downloaded here. Only the dev tooling (create-migration,
// check) uses it; applying migrations does not. Four defects of adapter-pg 7.10 as a
// schema-engine adapter are worked around below, and only here. Each has a canary in
// tests/integration/migrations.test.ts; see docs/decisions/0002-migrations-without-native-engine.md.

/** The versions the workarounds were written and tested against. */
export const PINNED_VERSIONS = {
  '@prisma/schema-engine-wasm': '7.10.0-4.0edf323efd1d98336f3f0a68684b56f689b900d3',
  '@prisma/adapter-pg': '7.10.0',
  '@prisma/driver-adapter-utils': '7.10.0',
} as const;

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Runs `work` with a schema engine connected to `connectionString`, then releases everything. */
export async function withSchemaEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const target = parseConnectionString(connectionString);
  // Fails early with our one-line connection errors instead of the engine's.
  await (await connect(target)).end();

  const adapters = openAdapterFactory(target);
  let engine: SchemaEngine | undefined;
  try {
    engine = await (await loadSchemaEngine()).new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(adapters.factory));
    return await work(engine);
  } catch (error) {
    throw engineError(error);
  } finally {
    try {
      engine?.free();
    } catch {
      // Only fails after a panic left the engine borrowed; that instance is discarded anyway.
    }
    await adapters.release();
  }
}

/**
 * adapter-pg with the workarounds applied, and a `release` that closes every pool and drops
 * any shadow database left behind. Exported for the canary tests.
 */
export function openAdapterFactory(target: DatabaseTarget): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  release: () => Promise<void>;
} {
  const resources = new Resources(target);
  return { factory: adapterFactory(target, resources), release: () => resources.release() };
}

/**
 * The engine's view of a migrations folder. Workaround 4: without migration_lock.toml the
 * engine cannot tell which connector the migrations are for and fails, so a missing one is
 * given the content Prisma would have written.
 */
export function migrationList(folder: MigrationsFolder): MigrationList {
  return {
    baseDir: folder.dir,
    lockfile: { path: LOCKFILE_NAME, content: folder.lockfile ?? LOCKFILE_CONTENT },
    shadowDbInitScript: '',
    migrationDirectories: folder.migrations.map((migration) => ({
      path: migration.name,
      migrationFile: {
        path: 'migration.sql',
        content: migration.script === null ? { tag: 'error', value: 'migration.sql is missing' } : { tag: 'ok', value: migration.script },
      },
    })),
  };
}

function adapterFactory(target: DatabaseTarget, resources: Resources): SqlMigrationAwareDriverAdapterFactory {
  const options = target.schema === undefined ? undefined : { schema: target.schema };
  const mainPool = resources.pool(target.connectionString);
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => patchAdapter(await new PrismaPg(mainPool, options).connect()),
    // Workaround 3: PrismaPg's own shadow database spreads `database` over a config whose
    // connectionString wins, so the "shadow" is the main database; and it drops the database
    // while its pool still holds connections. Here the shadow gets a URL of its own, and the
    // pool is closed before the drop.
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
      await mainPool.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      resources.shadowDatabases.add(name);
      const shadowPool = resources.pool(urlWithDatabase(target.connectionString, name));
      const adapter = patchAdapter(await new PrismaPg(shadowPool, options).connect());
      adapter.dispose = async () => {
        await resources.endPool(shadowPool);
        await resources.dropShadowDatabase(name);
      };
      return adapter;
    },
  };
}

function patchAdapter<A extends SqlDriverAdapter>(adapter: A): A {
  // Workaround 2: adapter-pg's executeScript splits the script on every ";", which breaks
  // $$-quoted function bodies and comments containing ";". executeRaw without arguments
  // sends the whole script as one simple-protocol query, as the native engine does.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  // Workaround 1 (second half, see Resources.pool): report "char" columns as characters.
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

/** Row arrays of results that had "char" columns, and which ones. */
const charColumns = new WeakMap<object, number[]>();

/** Every pool and shadow database opened for one engine run, so none outlives it. */
class Resources {
  readonly shadowDatabases = new Set<string>();
  private readonly pools = new Set<pg.Pool>();
  private readonly target: DatabaseTarget;

  constructor(target: DatabaseTarget) {
    this.target = target;
  }

  pool(connectionString: string): pg.Pool {
    const pool = new pg.Pool({ connectionString, max: 4, application_name: 'ledertrivsel-schema-engine' });
    pool.on('error', () => {});
    // Workaround 1: the schema engine reads pg_catalog columns of type "char" (OID 18), which
    // adapter-pg rejects as an unsupported type. Relabel them as text for adapter-pg, and
    // remember which they were so patchAdapter can report them as characters.
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>;
    pool.query = (async (...args: unknown[]) => {
      const result = await query(...args);
      if (!Array.isArray(result)) {
        const indexes = result.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
        for (const index of indexes) (result.fields[index] as pg.FieldDef).dataTypeID = PG_TEXT_OID;
        if (indexes.length > 0) charColumns.set(result.rows, indexes);
      }
      return result;
    }) as typeof pool.query;
    this.pools.add(pool);
    return pool;
  }

  async endPool(pool: pg.Pool): Promise<void> {
    if (!this.pools.delete(pool)) return;
    await pool.end().catch(() => {});
  }

  async dropShadowDatabase(name: string): Promise<void> {
    const client = await connect(this.target);
    try {
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
      this.shadowDatabases.delete(name);
    } finally {
      await client.end().catch(() => {});
    }
  }

  /** Also runs after a failed or panicked engine call, which may skip the adapters' dispose. */
  async release(): Promise<void> {
    await Promise.all([...this.pools].map((pool) => this.endPool(pool)));
    for (const name of [...this.shadowDatabases]) await this.dropShadowDatabase(name).catch(() => {});
  }
}

function urlWithDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function engineError(error: unknown): unknown {
  if (error instanceof MigrationError) return error;
  const panic = takePanic(error);
  if (panic !== undefined) {
    return new MigrationError('schema-engine', `Prisma's schema engine crashed: ${panic.replace(/\s*\n\s*/g, ' ')}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  // Drop the engine's span trace ("   0: sql_schema_connector::…"); it only helps engine developers.
  const readable = message.split(/\n\s+0: /)[0]?.trim() ?? message;
  return new MigrationError('schema-engine', readable, { cause: error });
}
