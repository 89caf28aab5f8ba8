/**
 * `npm run bench:seed -- [--leaders 20000] [--groups 1000] [--quarter-leaders 5000] [--quarter-groups 250] [--rounds 5] [--small 50] [--seed 2026] [--reset]`
 *
 * Fills the benchmark database (DATABASE_URL, default ledertrivsel_bench on the local
 * PostgreSQL; created and migrated if missing) with two organisations of the same shape at two
 * sizes — a group tree five levels deep, 15–25 leaders per group, closed yearly rounds with
 * 70–90 % response per group and answers that differ between groups, plus an open round with
 * every leader invited — and small organisations beside them. Rows are inserted in bulk but are
 * exactly the product's rows; the closed rounds are then pre-aggregated by the product's own
 * close-time code.
 *
 * An organisation already there is left alone, so a database seeded before the quarter-size
 * organisation existed only gains that one (say --reset to start over).
 */
import { parseArgs } from 'node:util';
import { benchEnv, DEFAULT_SEED_OPTIONS, sizedOrganisations, type SeedOptions } from './lib/config';
import { ensureBenchDatabase, missingOrganisations, seedBenchDatabase, unaggregatedClosedRounds } from './lib/seed-database';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());

const { values } = parseArgs({
  options: {
    leaders: { type: 'string' },
    groups: { type: 'string' },
    'quarter-leaders': { type: 'string' },
    'quarter-groups': { type: 'string' },
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
  quarterLeaders: number(values['quarter-leaders'], DEFAULT_SEED_OPTIONS.quarterLeaders, 'quarter-leaders'),
  quarterGroups: number(values['quarter-groups'], DEFAULT_SEED_OPTIONS.quarterGroups, 'quarter-groups'),
  rounds: number(values.rounds, DEFAULT_SEED_OPTIONS.rounds, 'rounds'),
  smallOrganisations: number(values.small, DEFAULT_SEED_OPTIONS.smallOrganisations, 'small'),
  seed: number(values.seed, DEFAULT_SEED_OPTIONS.seed, 'seed'),
};

const log = (message: string) => console.log(`[bench:seed] ${message}`);
await ensureBenchDatabase({ reset: values.reset, log });
const missing = await missingOrganisations(options);
const unaggregated = (await unaggregatedClosedRounds()).length;
if (missing.length === 0 && unaggregated === 0) {
  log(
    `The database already holds ${sizedOrganisations(options)
      .map((o) => `"${o.slug}"`)
      .join(' and ')}; nothing to do (--reset starts over).`,
  );
} else {
  if (missing.length > 0) log(`Adding ${missing.map((o) => `"${o.slug}" (${o.leaders} leaders, ${o.groups} groups)`).join(' and ')} …`);
  if (unaggregated > 0) log(`${unaggregated} closed round(s) left without their pre-aggregated sums by a stopped seed …`);
  await seedBenchDatabase(options, log);
}
process.exit(0);
