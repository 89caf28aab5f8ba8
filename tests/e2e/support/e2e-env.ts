/**
 * The environment shared by the end-to-end server (tests/e2e/serve.ts) and the tests: one
 * database per run, named here so that fixtures in the tests can write to the same database
 * the server reads, and the server's secrets so that fixtures can mint personal links.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrl } from '../../support/test-database';

process.env.E2E_DB_NAME ??= `lt_e2e_${Date.now().toString(36)}`;

export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;
export const e2eDatabaseName = process.env.E2E_DB_NAME;
export const e2eDatabaseUrl = databaseUrl(e2eDatabaseName);

export const e2eServerEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: e2eDatabaseUrl,
  DEMO_MODE: '1',
  APP_URL: e2eBaseUrl,
  AUTH_SECRET: 'e2e-auth-secret-0123456789abcdef0123456789abcdef',
  TOKEN_HASH_KEY: 'e2e-token-hash-key-0123456789abcdef0123456789ab',
  NEXT_TELEMETRY_DISABLED: '1',
  /** Every statement the server sends, for the tests that count queries (page-guard.spec.ts). */
  LEDERTRIVSEL_QUERY_LOG: join(tmpdir(), `${e2eDatabaseName}-queries.jsonl`),
} as const;
