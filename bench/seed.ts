/**
 * `npm run bench:seed -- [--leaders 20000] [--groups 1000] [--rounds 5] [--small 50] [--seed 2026] [--reset]`
 *
 * Fills the benchmark database (DATABASE_URL, default ledertrivsel_bench on the local
 * PostgreSQL; created and migrated if missing) with one big organisation — a group tree five
 * levels deep, 15–25 leaders per group, closed yearly rounds with 70–90 % response per group and
 * answers that differ between groups, plus an open round with every leader invited — and small
 * organisations beside it. Rows are inserted in bulk but are exactly the product's rows; the
 * closed rounds are then pre-aggregated by the product's own close-time code.
 *
 * An already seeded database is left alone (say --reset to start over).
 */
import { parseArgs } from 'node:util';
import { benchEnv, BIG_ORG_SLUG, DEFAULT_SEED_OPTIONS, type SeedOptions } from './lib/config';
import { ensureBenchDatabase, isSeeded, seedBenchDatabase } from './lib/seed-database';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({
  options: {
    leaders: { type: 'string' },
    groups: { type: 'string' },
    rounds: { type: 'string' },
    small: { type: 'string' },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
  strict: true,
});
const number = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
};
const options: SeedOptions = {
  leaders: number(values.leaders, DEFAULT_SEED_OPTIONS.leaders, 'leaders'),
  groups: number(values.groups, DEFAULT_SEED_OPTIONS.groups, 'groups'),
  rounds: number(values.rounds, DEFAULT_SEED_OPTIONS.rounds, 'rounds'),
  smallOrganisations: number(values.small, DEFAULT_SEED_OPTIONS.smallOrganisations, 'small'),
  seed: number(values.seed, DEFAULT_SEED_OPTIONS.seed, 'seed'),
};

const log = (message: string) => console.log(`[bench:seed] ${message}`);
await ensureBenchDatabase({ reset: values.reset, log });
if (await isSeeded()) {
  log(`The database already holds "${BIG_ORG_SLUG}"; nothing to do (--reset starts over).`);
} else {
  await seedBenchDatabase(options, log);
}
process.exit(0);
