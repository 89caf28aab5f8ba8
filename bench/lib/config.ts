/**
 * Settings shared by `npm run bench:seed` and `npm run bench`. The benchmark has its own
 * database on the local PostgreSQL (never the development or test databases) and its own
 * TOKEN_HASH_KEY, which is a published constant: bench data is synthetic and nothing in it is secret.
 */
export const DEFAULT_BENCH_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/ledertrivsel_bench';

export const benchDatabaseUrl = (): string => process.env.DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;

export const BENCH_TOKEN_HASH_KEY = 'bench-only-token-hash-key-not-a-secret-0000';
export const BENCH_AUTH_SECRET = 'bench-only-auth-secret-not-a-secret-00000000';

/** The big organisation every dashboard figure is measured on. */
export const BIG_ORG_SLUG = 'bench-region';

export interface SeedOptions {
  leaders: number;
  groups: number;
  rounds: number;
  smallOrganisations: number;
  seed: number;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { leaders: 20_000, groups: 1_000, rounds: 5, smallOrganisations: 50, seed: 2026 };

/** The process environment with the bench database and secrets (for the server and for lib code run here). */
export function benchEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, DATABASE_URL: benchDatabaseUrl(), TOKEN_HASH_KEY: BENCH_TOKEN_HASH_KEY, AUTH_SECRET: BENCH_AUTH_SECRET };
}
