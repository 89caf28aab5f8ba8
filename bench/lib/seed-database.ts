import pg from 'pg';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { benchDatabaseUrl, BIG_ORG_SLUG, DEFAULT_SEED_OPTIONS, sizedOrganisations, type SeedOptions, type SizedOrganisation } from './config';
import { generateOrganisation } from './generate-organisation';
import { prng } from './random';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

type Log = (message: string) => void;

function adminUrl(url: string): { admin: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  parsed.pathname = '/postgres';
  return { admin: parsed.toString(), database };
}

/** Creates the bench database if it is missing (dropping it first with reset) and applies the migrations. */
export async function ensureBenchDatabase(options: { reset: boolean; log: Log }): Promise<void> {
  const url = benchDatabaseUrl();
  const { admin, database } = adminUrl(url);
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Refusing an unusual bench database name: ${database}`);
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    if (options.reset) {
      options.log(`Dropping ${database} …`);
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      options.log(`Creating database ${database}`);
      await client.query(`CREATE DATABASE ${database}`);
    }
  } finally {
    await client.end();
  }
  await migrateDatabase({ connectionString: url, log: (m) => options.log(m) });
}

/** The measured organisations (bench/lib/config.ts) the database does not hold yet. */
export async function missingOrganisations(options: SeedOptions = DEFAULT_SEED_OPTIONS): Promise<SizedOrganisation[]> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    const sized = sizedOrganisations(options);
    const present = new Set((await client.query<{ slug: string }>('SELECT slug FROM "Organisation" WHERE slug = ANY($1)', [sized.map((o) => o.slug)])).rows.map((r) => r.slug));
    return sized.filter((o) => !present.has(o.slug));
  } finally {
    await client.end();
  }
}

/** Closed rounds not pre-aggregated yet (`aggregatedAt` unset): a seed stopped between writing its rows and aggregating them. */
export async function unaggregatedClosedRounds(): Promise<{ organisationId: string; roundId: string }[]> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    return (
      await client.query<{ organisationId: string; roundId: string }>(
        `SELECT "organisationId", id AS "roundId" FROM "Round" WHERE status = 'CLOSED' AND "aggregatedAt" IS NULL ORDER BY "organisationId", "closesAt"`,
      )
    ).rows;
  } finally {
    await client.end();
  }
}

export async function isSeeded(options: SeedOptions = DEFAULT_SEED_OPTIONS): Promise<boolean> {
  return (await missingOrganisations(options)).length === 0 && (await unaggregatedClosedRounds()).length === 0;
}

/**
 * Adds the measured organisations the database lacks — the big one with the small organisations
 * beside it, the quarter-size one on its own — then pre-aggregates their closed rounds as closing
 * them would. An organisation already there is left as it is, so a database seeded before the
 * quarter-size organisation existed only gains that one. Each organisation is written in one
 * transaction: an interrupted seed leaves it absent, and the next run writes it again.
 */
export async function seedBenchDatabase(options: SeedOptions, log: Log): Promise<void> {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const missing = new Set((await missingOrganisations(options)).map((o) => o.slug));
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    // Bench data can be regenerated: no need to wait for the WAL on every statement.
    await client.query('SET synchronous_commit = off');
    for (const [index, sized] of sizedOrganisations(options).entries()) {
      if (!missing.has(sized.slug)) continue;
      // A stream of its own per organisation, so adding one later does not change the others (the big one keeps the seed itself).
      const rnd = prng(sized.slug === BIG_ORG_SLUG ? options.seed : options.seed + index + 1);
      await client.query('BEGIN');
      const org = await generateOrganisation(
        client,
        { name: sized.name, slug: sized.slug, groups: sized.groups, depth: 5, leaders: sized.leaders, closedRounds: options.rounds, openRound: true },
        rnd,
      );
      log(`${sized.slug}: ${org.groups} groups, ${org.leaders} leaders, ${options.rounds} closed rounds with ${org.responses} responses and ${org.answers} answers, one open round (${seconds()})`);
      // The small organisations come with the big one (as they always have), from the same stream.
      if (sized.slug === BIG_ORG_SLUG) {
        let smallLeaders = 0;
        for (let i = 1; i <= options.smallOrganisations; i++) {
          const groups = rnd.int(2, 6);
          const small = await generateOrganisation(
            client,
            { name: `Lille organisation ${i}`, slug: `bench-small-${i}`, groups, depth: 2, leaders: groups * 20, closedRounds: 2, openRound: i % 5 === 0 },
            rnd,
          );
          smallLeaders += small.leaders;
        }
        log(`${options.smallOrganisations} small organisations with ${smallLeaders} leaders (${seconds()})`);
      }
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  // The planner must know the new rows first: in a database analysed before this organisation
  // existed, it expects none of its answers and the pre-aggregation below ran for over ten minutes.
  const analyse = new pg.Client({ connectionString: benchDatabaseUrl() });
  await analyse.connect();
  await analyse.query('ANALYZE');
  await analyse.end();

  // Closing a round pre-aggregates it (lib/domains/rounds/mutations.ts); the seeded closed rounds
  // get the same — also those a stopped seed left without (their rows are committed, their sums not).
  const closed = await unaggregatedClosedRounds();
  const { disconnectDb } = await import('@/lib/platform/db');
  const { writeRoundAggregates } = await import('@/lib/domains/results/pre-aggregate');
  for (const { organisationId, roundId } of closed) {
    await tenantTransaction(organisationId, (tx) => writeRoundAggregates(tx, organisationId, roundId), { timeout: 300_000 });
  }
  await disconnectDb();
  log(`Pre-aggregated ${closed.length} closed rounds (${seconds()})`);

  const vacuum = new pg.Client({ connectionString: benchDatabaseUrl() });
  await vacuum.connect();
  await vacuum.query('VACUUM ANALYZE');
  await vacuum.end();
  log(`Done in ${seconds()}.`);
}
