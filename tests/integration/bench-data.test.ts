import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation, type GeneratedOrganisation } from '@/bench/lib/generate-organisation';
import { inlineSql } from '@/bench/lib/psql';
import { prng } from '@/bench/lib/random';
import { ownerDb } from '@/tests/support/owner-db';
import { itemAggregatesSql, type ViewSelection } from '@/lib/domains/results/aggregate-sql';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import { preAggregatedItemsSql } from '@/lib/domains/results/pre-aggregated-sql';
import { loadRoundContext } from '@/lib/domains/results/round-context';
import { viewerWithoutShares } from '../fixtures/results';
import { resultsForViews } from '@/lib/domains/results/views';

/** The benchmark's generator and its "plain SQL", on a small organisation in this file's database. */
let client: pg.Client;
let org: GeneratedOrganisation;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  org = await generateOrganisation(client, { name: 'Bench-test', slug: `bench-test-${Date.now()}`, groups: 40, depth: 5, leaders: 800, closedRounds: 2, openRound: true }, prng(1));
  for (const roundId of org.closedRoundIds) await ownerDb().$transaction((tx) => writeRoundAggregates(tx, org.organisationId, roundId));
});

afterAll(async () => {
  await client.end();
});

describe('bench:seed organisation', () => {
  it('has a five-level tree with 15–25 leaders per group and 70–90 % response per group in every closed round', async () => {
    const groups = await ownerDb().leaderGroup.findMany({ where: { organisationId: org.organisationId }, select: { id: true, parentId: true } });
    const parent = new Map(groups.map((g) => [g.id, g.parentId]));
    const depth = (id: string): number => (parent.get(id) ? 1 + depth(parent.get(id)!) : 1);
    expect(Math.max(...groups.map((g) => depth(g.id)))).toBe(5);
    const perGroup = await ownerDb().leader.groupBy({ by: ['groupId'], where: { organisationId: org.organisationId }, _count: { _all: true } });
    expect(perGroup).toHaveLength(40);
    expect(perGroup.reduce((sum, g) => sum + g._count._all, 0)).toBe(800);
    for (const g of perGroup) {
      expect(g._count._all).toBeGreaterThanOrEqual(15);
      expect(g._count._all).toBeLessThanOrEqual(25);
    }
    for (const roundId of org.closedRoundIds) {
      const invited = await ownerDb().invitation.groupBy({ by: ['groupId'], where: { roundId }, _count: { _all: true } });
      const answered = new Map((await ownerDb().response.groupBy({ by: ['groupId'], where: { roundId, status: 'SUBMITTED' }, _count: { _all: true } })).map((r) => [r.groupId, r._count._all]));
      for (const g of invited) {
        const rate = (answered.get(g.groupId) ?? 0) / g._count._all;
        expect(rate).toBeGreaterThanOrEqual(0.65);
        expect(rate).toBeLessThanOrEqual(0.95);
      }
    }
  });

  it('is read by the product like any round, and its groups differ', async () => {
    const roundId = org.closedRoundIds.at(-1)!;
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), roundId))!;
    const refs = ctx.visibility.groups.map((g) => ({ groupId: g.groupId, alone: false }));
    const results = await resultsForViews(ctx, refs);
    const balances = [...results.values()].map((r) => (r.suppressed ? null : r.figures.balance)).filter((b): b is number => b !== null);
    expect(balances.length).toBe(refs.length);
    expect(Math.max(...balances) - Math.min(...balances)).toBeGreaterThan(0.5);
  });

  it('leaves the open round with every leader invited, nobody answered, and no response traceable to an invitation', async () => {
    expect(await ownerDb().invitation.count({ where: { roundId: org.openRoundId! } })).toBe(800);
    expect(await ownerDb().response.count({ where: { roundId: org.openRoundId! } })).toBe(0);
    expect(await ownerDb().response.count({ where: { roundId: org.openRoundId! } })).toBe(0);
    const columns = (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Response'`)).rows.map((r) => r.column_name);
    expect(columns.sort()).toEqual(['groupId', 'id', 'organisationId', 'responseKey', 'revision', 'roundId', 'status']);
  });
});

describe("the benchmark's plain SQL", () => {
  it('is the statement the product runs, parameters written in: psql gets the same rows as Prisma', async () => {
    const roundId = org.closedRoundIds[0]!;
    const groups = (await ownerDb().roundGroup.findMany({ where: { roundId }, select: { groupId: true } })).map((g) => g.groupId);
    const views: ViewSelection = { total: true, subtree: groups.slice(0, 7), alone: groups.slice(0, 2) };
    for (const statement of [preAggregatedItemsSql(org.organisationId, roundId, views), itemAggregatesSql(org.organisationId, roundId, views)]) {
      const viaPrisma = await ownerDb().$queryRaw<Record<string, unknown>[]>(statement);
      const viaText = (await client.query(inlineSql(statement))).rows;
      const key = (r: Record<string, unknown>) => `${r.view}|${r.itemKey}`;
      expect(viaText.length).toBeGreaterThan(100);
      expect(viaText.map((r) => [key(r), Number(r.n), r.mean]).sort()).toEqual(viaPrisma.map((r) => [key(r), Number(r.n), r.mean]).sort());
    }
  });
});
