import pg from 'pg';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { benchDatabaseUrl, BIG_ORG_SLUG, type SeedOptions } from './config';
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

export async function isSeeded(): Promise<boolean> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM "Organisation" WHERE slug = $1', [BIG_ORG_SLUG])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** The big organisation, then the small ones, then the close-time pre-aggregation of every closed round. */
export async function seedBenchDatabase(options: SeedOptions, log: Log): Promise<void> {
  const started = Date.now();
  const rnd = prng(options.seed);
  const client = new pg.Client({ connectionString: benchDatabaseUrl() });
  await client.connect();
  const closed: { organisationId: string; roundId: string }[] = [];
  try {
    // Bench data can be regenerated: no need to wait for the WAL on every statement.
    await client.query('SET synchronous_commit = off');
    const big = await generateOrganisation(
      client,
      { name: 'Region Benchmark', slug: BIG_ORG_SLUG, groups: options.groups, depth: 5, leaders: options.leaders, closedRounds: options.rounds, openRound: true },
      rnd,
    );
    closed.push(...big.closedRoundIds.map((roundId) => ({ organisationId: big.organisationId, roundId })));
    log(
      `${BIG_ORG_SLUG}: ${big.groups} groups, ${big.leaders} leaders, ${options.rounds} closed rounds with ${big.responses} responses and ${big.answers} answers, one open round (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    let smallLeaders = 0;
    for (let i = 1; i <= options.smallOrganisations; i++) {
      const groups = rnd.int(2, 6);
      const small = await generateOrganisation(
        client,
        { name: `Lille organisation ${i}`, slug: `bench-small-${i}`, groups, depth: 2, leaders: groups * 20, closedRounds: 2, openRound: i % 5 === 0 },
        rnd,
      );
      smallLeaders += small.leaders;
      closed.push(...small.closedRoundIds.map((roundId) => ({ organisationId: small.organisationId, roundId })));
    }
    log(`${options.smallOrganisations} small organisations with ${smallLeaders} leaders (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    await client.end();
  }

  // Closing a round pre-aggregates it (lib/domains/rounds/mutations.ts); the seeded closed rounds get the same.
  const { disconnectDb } = await import('@/lib/platform/db');
  const { writeRoundAggregates } = await import('@/lib/domains/results/pre-aggregate');
  for (const { organisationId, roundId } of closed) {
    await tenantTransaction(organisationId, (tx) => writeRoundAggregates(tx, organisationId, roundId), { timeout: 300_000 });
  }
  await disconnectDb();
  log(`Pre-aggregated ${closed.length} closed rounds (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const analyse = new pg.Client({ connectionString: benchDatabaseUrl() });
  await analyse.connect();
  await analyse.query('VACUUM ANALYZE');
  await analyse.end();
  log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
