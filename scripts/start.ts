/**
 * `npm start` (production server) and `npm run dev` (next dev): the one entry point that makes
 * the app run with no configuration at all.
 *
 *   no DATABASE_URL  → start the embedded PGlite database under .data/, generate missing secrets
 *                      there, migrate, seed the demo organisation on first start;
 *   DATABASE_URL set → wait for that server (saying so while it is down), migrate, start.
 *
 * Then build the app if the build is missing or stale, and run Next with the same environment:
 * `next dev` as one process, `next start` as one worker per core (scripts/web-workers.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { EnvError, parseEnv } from '@/lib/platform/env';
import { migrateDatabase, MigrationError } from '@/lib/platform/db/migrations';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/platform/embedded/embedded-database';
import { ensureLocalSecrets } from '@/lib/platform/embedded/local-secrets';
import { waitForDatabase } from '@/lib/platform/embedded/wait-for-database';
import { seedDemoIfEmpty } from '@/lib/domains/demo/seed-demo';
import { jobQueue, stopJobQueue } from '@/lib/platform/queue';
import { sealLegacyShares } from '@/lib/domains/sharing/seal-legacy';
import { startWebWorkers } from './web-workers';

const dev = process.argv.includes('--dev');
const log = (message: string) => console.log(`[ledertrivsel] ${message}`);

function fail(message: string): never {
  console.error(`\n[ledertrivsel] Cannot start: ${message}\n`);
  process.exit(1);
}

if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');
(process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? 'development' : 'production';

let embedded: EmbeddedDatabase | undefined;
if (!process.env.DATABASE_URL) {
  const secrets = ensureLocalSecrets('.data/secrets.json');
  process.env.AUTH_SECRET ??= secrets.AUTH_SECRET;
  process.env.TOKEN_HASH_KEY ??= secrets.TOKEN_HASH_KEY;
  try {
    embedded = await startEmbeddedDatabase({ dataDir: '.data/pglite', port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) });
  } catch (error) {
    fail((error as Error).message);
  }
  process.env.DATABASE_URL = embedded.connectionString;
  process.env.LEDERTRIVSEL_EMBEDDED = '1';
  log(`Embedded database (PGlite) in .data/pglite, served on ${embedded.connectionString}`);
}

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(error.message);
  throw error;
}
const connectionString = env.DATABASE_URL!;

await waitForDatabase(connectionString, { log });
try {
  const { applied } = await migrateDatabase({ connectionString, log });
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
} catch (error) {
  if (error instanceof MigrationError) fail(error.message);
  throw error;
}
// The job queue's schema is made here, by the database owner, before anything works as the app's
// restricted role: the embedded database has one session for all its clients, so once the app
// has connected, every later client of it works under that role too.
await jobQueue();
await stopJobQueue();
// Shared balances written in the clear before they were sealed: sealed now, with the server's key.
const sealedShares = await sealLegacyShares();
if (sealedShares > 0) log(`Sealed ${sealedShares} shared balance(s) kept in the clear.`);
if (env.LEDERTRIVSEL_EMBEDDED === '1' || process.env.SEED_DEMO === '1') {
  if (await seedDemoIfEmpty({ log })) log('Demo organisation created.');
}

/** The build is redone when the sources it was made from changed (commit or lock file). */
function sourceStamp(): string {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout ?? '';
  const lock = existsSync('package-lock.json') ? readFileSync('package-lock.json') : '';
  return createHash('sha256').update(head).update(dirty).update(lock).digest('hex');
}

const nextBin = 'node_modules/next/dist/bin/next';
// A container image is built once (Dockerfile); it has no git and must not rebuild at start.
if (!dev && process.env.LEDERTRIVSEL_PREBUILT !== '1') {
  const stampFile = '.next/ledertrivsel-source-stamp';
  const stamp = sourceStamp();
  if (!existsSync('.next/BUILD_ID') || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    log('Building the app (first start or changed sources; this takes a minute or two) …');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env });
    if (build.status !== 0) fail('the build failed (see above).');
    writeFileSync(stampFile, stamp);
  }
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
let stopping = false;
let stopServer: () => Promise<void>;
if (dev) {
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'dev', '-p', port, '-H', host], { stdio: 'inherit', env: process.env });
  stopServer = async () => void child.kill('SIGTERM');
  child.on('exit', (code) => void stop(code ?? 0));
} else {
  // One worker per core behind this port (scripts/web-workers.ts); one on the embedded database.
  const workers = startWebWorkers({ port, host, env: process.env, log, onGone: (code) => void stop(code) });
  stopServer = workers.stop;
}
log(`Ledertrivsel is starting on ${env.APP_URL} (port ${port}).`);

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await stopServer();
  // PGlite must close cleanly to keep its files consistent.
  await embedded?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
