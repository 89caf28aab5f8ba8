/**
 * Settings shared by `npm run bench:seed` and `npm run bench`. The benchmark has its own
 * database on the local PostgreSQL (never the development or test databases) and its own
 * TOKEN_HASH_KEY, which is a published constant: bench data is synthetic and nothing in it is secret.
 */
export const DEFAULT_BENCH_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/ledertrivsel_bench';

export const benchDatabaseUrl = (): string => process.env.DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;

export const BENCH_TOKEN_HASH_KEY = 'bench-only-token-hash-key-not-a-secret-0000';
export const BENCH_AUTH_SECRET = 'bench-only-auth-secret-not-a-secret-00000000';

/** The big organisation (20,000 leaders, 1,000 groups): the submissions and the page are measured on it. */
export const BIG_ORG_SLUG = 'bench-region';
/** The same shape at a quarter of the size, so that one run shows how each cost grows with the organisation (issue 19). */
export const QUARTER_ORG_SLUG = 'bench-kommune';

export interface SeedOptions {
  leaders: number;
  groups: number;
  /** The quarter-size organisation beside the big one. */
  quarterLeaders: number;
  quarterGroups: number;
  rounds: number;
  smallOrganisations: number;
  seed: number;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { leaders: 20_000, groups: 1_000, quarterLeaders: 5_000, quarterGroups: 250, rounds: 5, smallOrganisations: 50, seed: 2026 };

/** An organisation the dashboards are measured on: the same tree depth, rounds and answers at a given size. */
export interface SizedOrganisation {
  slug: string;
  name: string;
  leaders: number;
  groups: number;
}

/** The measured organisations, smallest first (the growth columns divide the last by the first). */
export function sizedOrganisations(options: SeedOptions): SizedOrganisation[] {
  return [
    { slug: QUARTER_ORG_SLUG, name: 'Kommune Benchmark', leaders: options.quarterLeaders, groups: options.quarterGroups },
    { slug: BIG_ORG_SLUG, name: 'Region Benchmark', leaders: options.leaders, groups: options.groups },
  ];
}

/** The process environment with the bench database and secrets (for the server and for lib code run here). */
export function benchEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, DATABASE_URL: benchDatabaseUrl(), TOKEN_HASH_KEY: BENCH_TOKEN_HASH_KEY, AUTH_SECRET: BENCH_AUTH_SECRET };
}
