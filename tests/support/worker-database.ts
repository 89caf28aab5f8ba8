import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueName } from './test-database';

// Runs before each test file: a fresh database cloned from the migrated template, set as
// DATABASE_URL before lib/platform/db creates its client.
const name = uniqueName('lt_test');
process.env.DATABASE_URL = await createDatabase(name, inject('templateDatabase'));
process.env.TOKEN_HASH_KEY ??= 'test-token-hash-key-0123456789abcdef0123456789';
process.env.AUTH_SECRET ??= 'test-auth-secret-0123456789abcdef0123456789abcd';
const { resetEnvCache } = await import('@/lib/platform/env');
resetEnvCache();

afterAll(async () => {
  const { disconnectDb } = await import('@/lib/platform/db');
  const { disconnectOwnerDb } = await import('./owner-db');
  await Promise.all([disconnectDb(), disconnectOwnerDb()]);
  await dropDatabase(name);
});
