import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDatabaseRole, appPoolSize, createAppClient } from '@/lib/platform/db';
import { queuePoolSize } from '@/lib/platform/queue';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/platform/embedded/embedded-database';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { organisationContext } from '@/lib/platform/tenant/database-context';
import { freePort } from '@/tests/support/free-port';

// `npm start` without a DATABASE_URL runs on PGlite: the same migrations must give it the same
// role and policies, and the app's client must be just as confined there.

describe('row-level security on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lt-embedded-rls-'));
  let embedded: EmbeddedDatabase;
  let app: PrismaClient;
  const orgA = '00000000-0000-4000-8000-00000000000a';
  const orgB = '00000000-0000-4000-8000-00000000000b';

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: join(dir, 'pglite'), port: await freePort() });
    await migrateDatabase({ connectionString: embedded.connectionString, log: () => undefined });
    // Rows are written as the owner, before the app connects (one PGlite session serves every client).
    const owner = new pg.Client({ connectionString: embedded.connectionString });
    await owner.connect();
    for (const [id, name] of [
      [orgA, 'A'],
      [orgB, 'B'],
    ] as const) {
      await owner.query(`INSERT INTO "Organisation" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [id, name, `embedded-${name.toLowerCase()}`]);
      await owner.query(`INSERT INTO "LeaderGroup" (id, "organisationId", name, "updatedAt") VALUES (gen_random_uuid(), $1, $2, now())`, [id, `Gruppe ${name}`]);
    }
    await owner.end();
    app = createAppClient(embedded.connectionString, { maxConnections: appPoolSize(true) });
  }, 60_000);

  afterAll(async () => {
    await app?.$disconnect();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("confines the app's client there too: nothing without an organisation, one organisation's rows with it", async () => {
    const [role] = await app.$queryRaw<{ role: string }[]>`SELECT current_user AS role`;
    expect(role).toEqual({ role: appDatabaseRole });
    expect(await app.$queryRaw`SELECT name FROM "LeaderGroup"`).toEqual([]);
    const seen = await app.$transaction(async (tx) => {
      await tx.$executeRaw(organisationContext(orgB));
      return tx.$queryRaw<{ name: string }[]>`SELECT name FROM "LeaderGroup"`;
    });
    expect(seen).toEqual([{ name: 'Gruppe B' }]);
  });

  it('answers many requests at once, each in its own organisation, as a busy front page does', async () => {
    // With the server's pool sizes (ten for the app, four for the queue) PGlite interleaved their
    // messages: "unnamed prepared statement does not exist", and transactions that never started.
    const page = async (organisationId: string) => {
      const [, organisation] = await app.$transaction([app.$executeRaw(organisationContext(organisationId)), app.organisation.findUnique({ where: { id: organisationId }, select: { name: true } })]);
      const scoped = await Promise.all(Array.from({ length: 5 }, () => app.$transaction([app.$executeRaw(organisationContext(organisationId)), app.leaderGroup.findMany({ select: { name: true } })])));
      return { organisationId, organisation, groups: scoped.map(([, rows]) => rows) };
    };
    // The job queue's connection polls beside the app, as in the server process.
    const queue = new pg.Pool({ connectionString: embedded.connectionString, max: queuePoolSize(true) });
    const polls = Promise.all(Array.from({ length: 40 }, (_, i) => queue.query('SELECT $1::int AS n, pg_sleep(0)', [i])));
    const pages = await Promise.all(Array.from({ length: 16 }, (_, i) => page(i % 2 === 0 ? orgA : orgB)));
    expect((await polls).map((r) => r.rows[0].n)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    await queue.end();
    for (const { organisationId, organisation, groups } of pages) {
      const name = organisationId === orgA ? 'A' : 'B';
      expect(organisation).toEqual({ name });
      for (const rows of groups) expect(rows).toEqual([{ name: `Gruppe ${name}` }]);
    }
  });
});
