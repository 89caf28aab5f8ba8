import 'server-only';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) persisted under .data/,
 * served over the PostgreSQL wire protocol on loopback so that the app, the migrations and the
 * seed reach it through exactly the same adapter-pg path as a real server.
 * See docs/decisions/0001-embedded-postgres-with-pglite.md.
 */
export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** The app's pool plus the migrator and seed; PGlite runs one query at a time anyway. */
  maxConnections?: number;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite's files must never be opened by two processes: the second start is refused by name. */
function takeLock(lockFile: string): void {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new Error(`The embedded database in ${lockFile.replace(/\/[^/]+$/, '')} is in use by another process (pid ${pid}). Stop it first.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const lockFile = join(options.dataDir, '..', 'pglite.lock');
  takeLock(lockFile);
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port, maxConnections: options.maxConnections ?? 24 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    rmSync(lockFile, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port} for the embedded database is taken. Set EMBEDDED_DB_PORT to a free port.`);
    }
    throw error;
  }
  return {
    connectionString: `postgresql://postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(lockFile, { force: true });
    },
  };
}
