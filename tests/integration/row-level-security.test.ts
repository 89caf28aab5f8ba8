import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { appDatabaseRole, db } from '@/lib/platform/db';
import { organisationContext } from '@/lib/platform/tenant/database-context';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { tenantModels } from '@/lib/platform/tenant/tenant-models';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { ownerDb } from '@/tests/support/owner-db';
import { createOrg } from '../fixtures/organisations';

// These tests deliberately go around lib/platform/tenant/scope-args.ts: raw SQL and unfiltered queries on
// the app's own client (lib/platform/db), which works as the restricted database role. What they see is
// what the database alone lets through.

type LeaderRow = { organisationId: string; name: string };

async function twoOrganisations() {
  return { a: await createOrg('A'), b: await createOrg('B') };
}

function refusedByPolicy(error: unknown): boolean {
  return /row-level security|42501/.test(String((error as { message?: string }).message) + String((error as { code?: string }).code));
}

describe('row-level security', () => {
  it('is enabled and forced on every table that carries an organisationId, each with the organisation policy', async () => {
    const tables = await ownerDb().$queryRaw<{ table: string; enabled: boolean; forced: boolean; policies: number }[]>`
      SELECT c.relname AS "table", c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'organisation_isolation') AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisationId' AND NOT a.attisdropped)
       ORDER BY 1`;
    expect(tables.map((t) => t.table)).toEqual([...tenantModels].sort());
    for (const table of tables) expect(table, table.table).toMatchObject({ enabled: true, forced: true, policies: 1 });
    // One rule, the same on every table, for reading (USING) and for writing (WITH CHECK), and no other policy beside it.
    // The organisation's own row carries the same rule, keyed by its id.
    const rules = await ownerDb().$queryRaw<{ rule: string; policies: number }[]>`
      SELECT DISTINCT replace(pg_get_expr(p.polqual, p.polrelid), '(id = (', '("organisationId" = (') AS rule, (SELECT count(*)::int FROM pg_policy) AS policies
        FROM pg_policy p
       WHERE pg_get_expr(p.polqual, p.polrelid) = pg_get_expr(p.polwithcheck, p.polrelid) AND p.polcmd = '*' AND p.polpermissive`;
    expect(rules).toHaveLength(1);
    expect(rules[0]!.rule).toMatch(/"organisationId" = \( SELECT .*app\.organisation_id.* OR \( SELECT .*app\.system/);
    expect(rules[0]!.policies).toBe(tenantModels.size + 1);
  });

  it('is what the app works under: a role that owns no table and can neither bypass the policies nor act as a superuser', async () => {
    const [session] = await db().$queryRaw<{ role: string; superuser: boolean; bypass: boolean; owns: number }[]>`
      SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owns
        FROM pg_roles r WHERE r.rolname = current_user`;
    expect(session).toEqual({ role: appDatabaseRole, superuser: false, bypass: false, owns: 0 });
  });

  it('shows a raw query, outside any organisation, no tenant row at all', async () => {
    await twoOrganisations();
    expect(await db().$queryRaw<LeaderRow[]>`SELECT "organisationId", name FROM "Leader"`).toEqual([]);
    expect(await db().leader.findMany()).toEqual([]);
    expect(await db().answer.count()).toBe(0);
    expect(await db().organisation.findMany()).toEqual([]);
    // The owner sees that the rows are there.
    expect(await ownerDb().leader.count()).toBeGreaterThanOrEqual(2);
  });

  it("shows a transaction that names one organisation only that organisation's rows, however the query is written", async () => {
    const { a, b } = await twoOrganisations();
    const seen = await tenantTransaction(a.organisation.id, async (tx) => ({
      raw: await tx.$queryRaw<LeaderRow[]>`SELECT "organisationId", name FROM "Leader"`,
      askingForB: await tx.$queryRaw<LeaderRow[]>`SELECT "organisationId", name FROM "Leader" WHERE "organisationId" = ${b.organisation.id}::uuid`,
      byPrimaryKey: await tx.leaderGroup.findUnique({ where: { id: b.root.id } }),
      organisations: await tx.organisation.findMany({ select: { id: true } }),
      unfiltered: await tx.leaderGroup.findMany(),
    }));
    expect(seen.raw).toEqual([{ organisationId: a.organisation.id, name: 'Anne Jensen' }]);
    expect(seen.askingForB).toEqual([]);
    expect(seen.byPrimaryKey).toBeNull();
    expect(seen.organisations).toEqual([{ id: a.organisation.id }]);
    expect(seen.unfiltered.map((g) => g.id).sort()).toEqual([a.root.id, a.child.id].sort());
  });

  it('also confines raw queries through the scoping layer, which cannot put the organisation into SQL', async () => {
    const { a, b } = await twoOrganisations();
    const rows = await scopedDb(a.organisation.id).$queryRaw<
      LeaderRow[]
    >`SELECT "organisationId", name FROM "Leader" WHERE "organisationId" IN (${a.organisation.id}::uuid, ${b.organisation.id}::uuid)`;
    expect(rows.map((r) => r.organisationId)).toEqual([a.organisation.id]);
  });

  it("refuses to write a row into another organisation, or to change or delete another organisation's rows", async () => {
    const { a, b } = await twoOrganisations();
    const insert = tenantTransaction(
      a.organisation.id,
      (tx) =>
        tx.$executeRaw`INSERT INTO "Leader" (id, "organisationId", "groupId", name, email, "updatedAt") VALUES (gen_random_uuid(), ${b.organisation.id}::uuid, ${b.child.id}::uuid, 'Indtrængende', 'x@example.test', now())`,
    );
    await expect(
      insert.then(
        () => 'written',
        (error: unknown) => (refusedByPolicy(error) ? 'refused' : error),
      ),
    ).resolves.toBe('refused');

    const changed = await tenantTransaction(a.organisation.id, async (tx) => ({
      updated: await tx.$executeRaw`UPDATE "Leader" SET name = 'Kapret' WHERE "organisationId" = ${b.organisation.id}::uuid`,
      deleted: await tx.$executeRaw`DELETE FROM "Leader" WHERE id = ${b.leader.id}::uuid`,
    }));
    expect(changed).toEqual({ updated: 0, deleted: 0 });
    expect(await ownerDb().leader.findUnique({ where: { id: b.leader.id }, select: { name: true } })).toEqual({ name: 'Anne Jensen' });
  });

  it('refuses a row moved from its own organisation into another one', async () => {
    const { a, b } = await twoOrganisations();
    const move = tenantTransaction(a.organisation.id, (tx) => tx.$executeRaw`UPDATE "LeaderGroup" SET "organisationId" = ${b.organisation.id}::uuid WHERE id = ${a.child.id}::uuid`);
    await expect(
      move.then(
        () => 'moved',
        (error: unknown) => (refusedByPolicy(error) || /foreign key|23503/.test(String(error)) ? 'refused' : error),
      ),
    ).resolves.toBe('refused');
    expect((await ownerDb().leaderGroup.findUnique({ where: { id: a.child.id } }))?.organisationId).toBe(a.organisation.id);
  });

  it('holds for any connection that works as the app role, not only for Prisma: a plain pg client sees one organisation per transaction', async () => {
    const { a, b } = await twoOrganisations();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET ROLE ${appDatabaseRole}`);
      await client.query('BEGIN');
      const context = organisationContext(b.organisation.id);
      await client.query(context.text, context.values);
      const inside = await client.query<{ organisationId: string }>('SELECT DISTINCT "organisationId" FROM "LeaderGroup"');
      await client.query('COMMIT');
      // Transaction-local: the setting is gone with the transaction, and so are the rows.
      const after = await client.query('SELECT count(*)::int AS n FROM "LeaderGroup"');
      expect(inside.rows).toEqual([{ organisationId: b.organisation.id }]);
      expect(after.rows).toEqual([{ n: 0 }]);
      expect(a.organisation.id).not.toBe(b.organisation.id);
    } finally {
      await client.end();
    }
  });
});
