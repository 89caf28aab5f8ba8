/**
 * The server end-to-end tests run against: a fresh database on the local PostgreSQL, migrated
 * and seeded with the demo organisation, then the production build on E2E_PORT. The database
 * is dropped when Playwright stops the server.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { migrateDatabase } from '@/lib/db/migrations';
import { createDatabase, dropDatabase, uniqueName } from '../support/test-database';

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` before the end-to-end tests.');
  process.exit(1);
}

const name = uniqueName('lt_e2e');
const url = await createDatabase(name);
await migrateDatabase({ connectionString: url, log: () => undefined });
process.env.DATABASE_URL = url;
const { seedDemo } = await import('@/lib/demo/seed-demo');
const { disconnectDb } = await import('@/lib/db');
await seedDemo();
await disconnectDb();

const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', process.env.E2E_PORT ?? '3100', '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    DEMO_MODE: '1',
    APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? '3100'}`,
    AUTH_SECRET: 'e2e-auth-secret-0123456789abcdef0123456789abcdef',
    TOKEN_HASH_KEY: 'e2e-token-hash-key-0123456789abcdef0123456789ab',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await dropDatabase(name);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
child.on('exit', () => void stop());
