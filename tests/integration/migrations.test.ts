import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createMigration, DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, diffMigrationsToSchema, MigrationError, migrateDatabase, resolveMigration } from '@/lib/platform/db/migrations';
import { parseConnectionString } from '@/lib/platform/db/migrations/connection';
import { PRISMA_MIGRATE_LOCK_KEY } from '@/lib/platform/db/migrations/lock';
import { LOCKFILE_CONTENT, readMigrationsFolder } from '@/lib/platform/db/migrations/migrations-folder';
import { migrationList, openAdapterFactory, PINNED_VERSIONS, withSchemaEngine } from '@/lib/platform/db/migrations/wasm-engine';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = 'postgresql://postgres@127.0.0.1:5432';
const ADMIN_URL = `${SERVER}/postgres`;
const NO_FILTERS = { externalTables: [], externalEnums: [] };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh, uniquely named database for one test, dropped afterwards. */
async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `mig_${randomBytes(6).toString('hex')}`;
  await sql(ADMIN_URL, `CREATE DATABASE ${name}`);
  try {
    return await work(`${SERVER}/${name}`);
  } finally {
    await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** A scratch copy of prisma/migrations that a test may edit, removed afterwards. */
async function withMigrationsCopy<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ledertrivsel-migrations-'));
  try {
    const dir = path.join(tmp, 'migrations');
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    return await work(dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A copy of schema.prisma with `extra` appended. */
async function withSchemaCopy<T>(extra: string, work: (schemaPath: string) => Promise<T>): Promise<T> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ledertrivsel-schema-'));
  try {
    const schemaPath = path.join(tmp, 'schema.prisma');
    await writeFile(schemaPath, `${await readFile(DEFAULT_SCHEMA_PATH, 'utf8')}\n${extra}\n`);
    return await work(schemaPath);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function addMigration(dir: string, name: string, script: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, 'migration.sql'), script);
}

const migrationRows = (url: string) => sql<MigrationRow>(url, 'SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name');
const tableExists = async (url: string, table: string) => (await sql(url, 'SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1', [table])).length === 1;
const repoMigrationNames = async () => (await readMigrationsFolder(DEFAULT_MIGRATIONS_DIR)).migrations.map((m) => m.name);
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** What Prisma's own reader (migrate status / deploy) makes of a database's history. */
async function prismaDiagnosis(url: string, migrationsDir = DEFAULT_MIGRATIONS_DIR) {
  const folder = await readMigrationsFolder(migrationsDir);
  return withSchemaEngine(url, (engine) => engine.diagnoseMigrationHistory({ migrationsList: migrationList(folder), optInToShadowDatabase: false, filters: NO_FILTERS }));
}

async function expectRecordedAsApplied(url: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<void> {
  const names = (await readMigrationsFolder(migrationsDir)).migrations.map((m) => m.name);
  const rows = await migrationRows(url);
  expect(rows.map((row) => row.migration_name)).toEqual(names);
  for (const row of rows) {
    // Hashed here independently of the library: sha256 of the file's bytes, in hex.
    const file = await readFile(path.join(migrationsDir, row.migration_name, 'migration.sql'));
    expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
    expect(row.id).toMatch(UUID_V4);
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
  }
}

describe('migrateDatabase on PostgreSQL', () => {
  it('applies every migration to a fresh database and records each with its checksum', () =>
    withDatabase(async (url) => {
      const names = await repoMigrationNames();
      expect(names.length).toBeGreaterThan(0);

      const { applied } = await migrateDatabase({ connectionString: url });

      expect(applied).toEqual(names);
      await expectRecordedAsApplied(url);
      // The hand-written CHECK at the end of the init migration is in place.
      const checks = await sql(url, `SELECT 1 FROM pg_constraint WHERE conname = 'Round_anonymityThreshold_min'`);
      expect(checks).toHaveLength(1);
    }));

  it('applies nothing on a second run', () =>
    withDatabase(async (url) => {
      await migrateDatabase({ connectionString: url });
      const before = await migrationRows(url);
      const lines: string[] = [];

      const { applied } = await migrateDatabase({ connectionString: url, log: (line) => lines.push(line) });

      expect(applied).toEqual([]);
      expect(await migrationRows(url)).toEqual(before);
      expect(lines.join('\n')).toMatch(/is up to date/);
    }));

  it("writes _prisma_migrations exactly as Prisma's own engine does, and Prisma reads ours as its own", () =>
    withDatabase((ours) =>
      withDatabase(async (prismas) => {
        await migrateDatabase({ connectionString: ours });
        const folder = await readMigrationsFolder(DEFAULT_MIGRATIONS_DIR);
        await withSchemaEngine(prismas, (engine) => engine.applyMigrations({ migrationsList: migrationList(folder), filters: NO_FILTERS }));

        const shape = (url: string) =>
          sql(
            url,
            `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
               FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
          );
        const constraints = (url: string) => sql(url, `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass`);
        const comparable = async (url: string) =>
          (await migrationRows(url)).map(({ id, started_at, finished_at, ...rest }) => ({
            ...rest,
            idIsUuidV4: UUID_V4.test(id),
            finished: finished_at !== null && finished_at >= started_at,
          }));
        expect(await shape(ours)).toEqual(await shape(prismas));
        expect(await constraints(ours)).toEqual(await constraints(prismas));
        expect(await comparable(ours)).toEqual(await comparable(prismas));
        expect(await prismaDiagnosis(ours)).toEqual({
          editedMigrationNames: [],
          failedMigrationNames: [],
          hasMigrationsTable: true,
          history: null,
        });
      }),
    ));

  it('applies each migration exactly once when two calls run concurrently', () =>
    withDatabase(async (url) => {
      const [first, second] = await Promise.all([migrateDatabase({ connectionString: url }), migrateDatabase({ connectionString: url })]);

      expect([...first.applied, ...second.applied]).toEqual(await repoMigrationNames());
      await expectRecordedAsApplied(url);
    }));

  it("lets separate processes wait on Prisma's advisory lock, so only one of them migrates", () =>
    withDatabase(async (url) => {
      // Another migrator (e.g. the native `prisma migrate deploy`) holds the lock.
      const holder = new pg.Client(url);
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
      try {
        const children = [runMigrateScript(url), runMigrateScript(url)];
        const lines: string[] = [];
        let announceWaiting!: () => void;
        const inProcessWaiting = new Promise<void>((resolve) => (announceWaiting = resolve));
        const inProcess = migrateDatabase({
          connectionString: url,
          log: (line) => {
            lines.push(line);
            if (line.startsWith('Waiting for another process')) announceWaiting();
          },
        });
        inProcess.catch(() => {}); // awaited below; this only keeps an early test failure readable
        await Promise.all([inProcessWaiting, ...children.map((child) => child.waiting)]);
        expect(await tableExists(url, '_prisma_migrations')).toBe(false);

        await holder.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
        await inProcess;
        const outputs = await Promise.all(children.map((child) => child.done));

        for (const output of outputs) expect(output, output.text).toMatchObject({ code: 0 });
        const everything = [...lines, ...outputs.map((output) => output.text)].join('\n');
        const names = await repoMigrationNames();
        for (const name of names) expect(everything.split(`Applying migration ${name}`)).toHaveLength(2);
        await expectRecordedAsApplied(url);
      } finally {
        await holder.end();
      }
    }));

  it('refuses an applied migration whose file was edited, naming it, and applies nothing else', () =>
    withMigrationsCopy((dir) =>
      withDatabase(async (url) => {
        await migrateDatabase({ connectionString: url, migrationsDir: dir });
        const [edited] = await repoMigrationNames();
        await appendFile(path.join(dir, edited!, 'migration.sql'), '\n-- a change made after it was applied\n');
        await addMigration(dir, '29990101000000_later', 'CREATE TABLE "Later" (id INT);\n');

        const error = await failureOf(migrateDatabase({ connectionString: url, migrationsDir: dir }));

        expect(error).toBeInstanceOf(MigrationError);
        expect(error).toMatchObject({ kind: 'edited', migrationName: edited });
        expect((error as Error).message).toMatch(new RegExp(`^Migration ${edited} was modified after it was applied`));
        expect((error as Error).message).not.toContain('\n');
        expect(await tableExists(url, 'Later')).toBe(false);
        // Only the migrations applied before the edit are recorded; the later one was not applied.
        expect((await migrationRows(url)).map((row) => row.migration_name)).toEqual(await repoMigrationNames());
        // Prisma's own reader calls it edited too.
        expect((await prismaDiagnosis(url, dir)).editedMigrationNames).toEqual([edited]);
      }),
    ));

  it('does not call a migration edited when only its line endings changed (a Windows checkout)', () =>
    withMigrationsCopy((dir) =>
      withDatabase(async (url) => {
        await migrateDatabase({ connectionString: url, migrationsDir: dir });
        const [name] = await repoMigrationNames();
        const file = path.join(dir, name!, 'migration.sql');
        await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));

        expect(await migrateDatabase({ connectionString: url, migrationsDir: dir })).toEqual({ applied: [] });
      }),
    ));

  it('records a failing migration with its logs, refuses to go on until it is resolved, then retries it', () =>
    withMigrationsCopy((dir) =>
      withDatabase(async (url) => {
        const broken = '29990101000000_broken';
        await addMigration(dir, broken, 'CREATE TABLE "HalfDone" (id INT);\nSELECT * FROM "does_not_exist";\n');

        const first = await failureOf(migrateDatabase({ connectionString: url, migrationsDir: dir }));

        expect(first).toBeInstanceOf(MigrationError);
        expect(first).toMatchObject({ kind: 'failed', migrationName: broken });
        expect((first as Error).message).toMatch(new RegExp(`^Migration ${broken} failed: relation "does_not_exist" does not exist`));
        expect((first as Error).message).toMatch(/resolve it before/);
        const failedRow = (await migrationRows(url)).find((row) => row.migration_name === broken);
        expect(failedRow).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
        expect(failedRow?.logs).toContain(`Migration name: ${broken}`);
        expect(failedRow?.logs).toContain('Database error code: 42P01');
        expect(failedRow?.logs).toContain('ERROR: relation "does_not_exist" does not exist');
        expect(failedRow?.logs).toContain('  2 SELECT * FROM "does_not_exist";');
        // The script ran as one implicit transaction, as with Prisma's engine.
        expect(await tableExists(url, 'HalfDone')).toBe(false);

        const second = await failureOf(migrateDatabase({ connectionString: url, migrationsDir: dir }));

        expect(second).toMatchObject({ kind: 'failed', migrationName: broken });
        expect((second as Error).message).toMatch(new RegExp(`^Migration ${broken} failed .*resolve it before`));
        expect((await prismaDiagnosis(url, dir)).failedMigrationNames).toEqual([broken]);

        await writeFile(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id INT);\n');
        await resolveMigration({ connectionString: url, migrationsDir: dir, migrationName: broken, as: 'rolled-back' });
        expect(await migrateDatabase({ connectionString: url, migrationsDir: dir })).toEqual({ applied: [broken] });
        const attempts = (await migrationRows(url)).filter((row) => row.migration_name === broken);
        expect(attempts.map((row) => [row.rolled_back_at !== null, row.finished_at !== null])).toEqual([
          [true, false],
          [false, true],
        ]);
      }),
    ));

  it('refuses a database that has tables but no history until it is baselined', () =>
    withDatabase(async (url) => {
      const [first] = await repoMigrationNames();
      await sql(url, await readFile(path.join(DEFAULT_MIGRATIONS_DIR, first!, 'migration.sql'), 'utf8'));

      const error = await failureOf(migrateDatabase({ connectionString: url }));

      expect(error).toMatchObject({ kind: 'not-empty' });
      expect((error as Error).message).toContain(`npm run db:migrate -- --applied ${first}`);
      await resolveMigration({ connectionString: url, migrationName: first!, as: 'applied' });
      expect((await migrateDatabase({ connectionString: url })).applied).toEqual((await repoMigrationNames()).slice(1));
      expect(await prismaDiagnosis(url)).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], history: null });
    }));

  it('explains an unusable connection string or an unreachable server in one line', async () => {
    await expect(migrateDatabase({ connectionString: 'not a url' })).rejects.toMatchObject({ kind: 'invalid-url' });
    const refused = await failureOf(migrateDatabase({ connectionString: 'postgresql://postgres@127.0.0.1:1/x' }));
    expect(refused).toMatchObject({ kind: 'unreachable' });
    expect((refused as Error).message).toContain('127.0.0.1:1');
  });
});

describe('drift check and migration creation', () => {
  const PROBE_MODEL = 'model DriftProbe {\n  id Int @id\n}';
  const shadowDatabases = async () => (await sql<{ datname: string }>(ADMIN_URL, `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).map((row) => row.datname);

  it('finds no difference for the real schema, and the missing table for a schema with an extra model', async () => {
    const shadowsBefore = await shadowDatabases();

    expect((await diffMigrationsToSchema({ connectionString: ADMIN_URL })).inSync).toBe(true);
    const drift = await withSchemaCopy(PROBE_MODEL, (schemaPath) => diffMigrationsToSchema({ connectionString: ADMIN_URL, schemaPath }));

    expect(drift.inSync).toBe(false);
    expect(drift.script).toContain('CREATE TABLE "DriftProbe"');
    expect(await shadowDatabases()).toEqual(shadowsBefore);
  });

  it('writes the next migration from the difference, and nothing when there is none', () =>
    withMigrationsCopy((dir) =>
      withSchemaCopy(PROBE_MODEL, async (schemaPath) => {
        const created = await createMigration({ connectionString: ADMIN_URL, migrationsDir: dir, schemaPath, name: 'Add drift probe' });

        expect(created.created).toMatch(/^\d{14}_add_drift_probe$/);
        const script = await readFile(path.join(dir, created.created!, 'migration.sql'), 'utf8');
        expect(script).toContain('CREATE TABLE "DriftProbe"');
        expect(await readFile(path.join(dir, 'migration_lock.toml'), 'utf8')).toBe(LOCKFILE_CONTENT);
        expect(await createMigration({ connectionString: ADMIN_URL, migrationsDir: dir, schemaPath, name: 'again' })).toEqual({
          created: null,
        });
        await withDatabase(async (url) => {
          const { applied } = await migrateDatabase({ connectionString: url, migrationsDir: dir });
          expect(applied.at(-1)).toBe(created.created);
        });
      }),
    ));
});

describe('migrateDatabase on PGlite served over the wire protocol', () => {
  it('applies the same migrations, once, with the same records', async () => {
    const db = new PGlite();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 10 });
    await server.start();
    try {
      // The URL shape the embedded start uses (lib/platform/embedded/embedded-database.ts).
      const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
      const [first, second] = await Promise.all([migrateDatabase({ connectionString: url }), migrateDatabase({ connectionString: url })]);

      expect([...first.applied, ...second.applied]).toEqual(await repoMigrationNames());
      await expectRecordedAsApplied(url);
      expect(await migrateDatabase({ connectionString: url })).toEqual({ applied: [] });
      // PGlite keeps one session for every connection: the lock must not be left behind in it.
      expect(await sql(url, `SELECT 1 FROM pg_locks WHERE locktype = 'advisory'`)).toEqual([]);
    } finally {
      await server.stop();
      await db.close();
    }
  }, 60_000);
});

// Canaries for the four workarounds in lib/platform/db/migrations/wasm-engine.ts. Each checks that the
// defect still exists upstream (when it is gone, drop the workaround) and that ours still works.
describe('schema-engine workarounds', () => {
  const run = { args: [], argTypes: [] };
  const WHY = 'see docs/decisions/0002-migrations-without-native-engine.md';

  it('run against the package versions they were verified with', async () => {
    for (const [name, version] of Object.entries(PINNED_VERSIONS)) {
      const manifest = JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.version, `${name} was upgraded: re-verify the workarounds in wasm-engine.ts (${WHY})`).toBe(version);
    }
  });

  it('1: adapter-pg still rejects "char" columns; ours reports them as characters', () =>
    withDatabase(async (url) => {
      const query = { sql: `SELECT 'r'::"char" AS kind, 'x'::text AS other`, ...run };
      const pool = new pg.Pool({ connectionString: url });
      try {
        const plain = await new PrismaPg(pool).connect();
        await expect(plain.queryRaw(query), `adapter-pg now reads "char": workaround 1 can go (${WHY})`).rejects.toThrow();
      } finally {
        await pool.end();
      }
      const { factory, release } = openAdapterFactory(parseConnectionString(url));
      try {
        const result = await (await factory.connect()).queryRaw(query);
        expect(result.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text]);
        expect(result.rows).toEqual([['r', 'x']]);
      } finally {
        await release();
      }
    }));

  it('2: adapter-pg still splits scripts on ";"; ours sends $$ bodies and comments whole', () =>
    withDatabase(async (url) => {
      const script = `-- a comment; with a semicolon
CREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END; $$;
CREATE TABLE "Scripted" (id INT);`;
      const pool = new pg.Pool({ connectionString: url });
      try {
        const plain = await new PrismaPg(pool).connect();
        await expect(plain.executeScript(script), `adapter-pg now runs whole scripts: workaround 2 can go (${WHY})`).rejects.toThrow();
      } finally {
        await pool.end();
      }
      const { factory, release } = openAdapterFactory(parseConnectionString(url));
      try {
        await (await factory.connect()).executeScript(script);
      } finally {
        await release();
      }
      expect(await sql(url, 'SELECT answer() AS answer')).toEqual([{ answer: 42 }]);
    }));

  it("3: adapter-pg's shadow database is still the main one; ours is its own database, dropped after use", () =>
    withDatabase(async (url) => {
      const main = parseConnectionString(url).database;
      const currentDatabase = { sql: 'SELECT current_database()', ...run };
      const pool = new pg.Pool({ connectionString: url });
      try {
        const plainShadow = await new PrismaPg(pool).connectToShadowDb();
        const [[reached]] = (await plainShadow.queryRaw(currentDatabase)).rows as [[string]];
        await plainShadow.dispose();
        expect(reached, `adapter-pg now reaches its shadow database: workaround 3 can go (${WHY})`).toBe(main);
      } finally {
        await pool.end();
      }
      const { factory, release } = openAdapterFactory(parseConnectionString(url));
      try {
        const shadow = await factory.connectToShadowDb();
        const [[shadowName]] = (await shadow.queryRaw(currentDatabase)).rows as [[string]];
        expect(shadowName).toMatch(/^prisma_migrate_shadow_db_/);
        await shadow.dispose();
        expect(await sql(ADMIN_URL, 'SELECT 1 FROM pg_database WHERE datname = $1', [shadowName])).toEqual([]);
      } finally {
        await release();
      }
    }));

  it('4: the engine still needs migration_lock.toml; a folder without one still diffs', () =>
    withMigrationsCopy(async (dir) => {
      await rm(path.join(dir, 'migration_lock.toml'));
      const folder = await readMigrationsFolder(dir);
      const schema = { path: DEFAULT_SCHEMA_PATH, content: await readFile(DEFAULT_SCHEMA_PATH, 'utf8') };
      const withoutLockfile = { ...migrationList(folder), lockfile: { path: 'migration_lock.toml', content: null } };

      await expect(
        withSchemaEngine(ADMIN_URL, (engine) =>
          engine.diff({
            from: { tag: 'migrations', ...withoutLockfile },
            to: { tag: 'schemaDatamodel', files: [schema] },
            script: true,
            exitCode: true,
            filters: NO_FILTERS,
          }),
        ),
        `the engine now copes without a lock file: workaround 4 can go (${WHY})`,
      ).rejects.toThrow(/migration_lock\.toml/);
      expect((await diffMigrationsToSchema({ connectionString: ADMIN_URL, migrationsDir: dir })).inSync).toBe(true);
    }));

  it('a panic in the engine is reported with its reason, and the next engine works', async () => {
    await expect(withSchemaEngine(ADMIN_URL, async (engine) => engine.debugPanic())).rejects.toThrow(/schema engine crashed: .*debugPanic artificial panic/);
    expect(await withSchemaEngine(ADMIN_URL, (engine) => engine.version())).toMatch(/PostgreSQL/);
  });
});

/** `npm run db:migrate` in a child process, reporting when it starts waiting for the lock. */
function runMigrateScript(url: string): { waiting: Promise<void>; done: Promise<{ code: number | null; text: string }> } {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.scripts.json', 'scripts/db/migrate.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  });
  let text = '';
  let announceWaiting!: () => void;
  const waiting = new Promise<void>((resolve) => (announceWaiting = resolve));
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.includes('Waiting for another process')) announceWaiting();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const done = new Promise<{ code: number | null; text: string }>((resolve) => {
    child.on('close', (code) => {
      announceWaiting();
      resolve({ code, text });
    });
  });
  return { waiting, done };
}
