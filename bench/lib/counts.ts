import type { BenchFixtures } from './fixtures';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** What the measured round of one organisation holds, for the report's "Data" line. */
export async function organisationCounts(f: BenchFixtures) {
  const [row] = await scopedDb(f.organisationId).$queryRaw<{ groups: number; leaders: number; responses: number; answers: number }[]>`
    SELECT (SELECT count(*)::int FROM "RoundGroup" WHERE "organisationId" = ${f.organisationId}::uuid AND "roundId" = ${f.closedRoundId}::uuid) AS groups,
           (SELECT count(*)::int FROM "Leader" WHERE "organisationId" = ${f.organisationId}::uuid) AS leaders,
           (SELECT count(*)::int FROM "Response" WHERE "organisationId" = ${f.organisationId}::uuid AND "roundId" = ${f.closedRoundId}::uuid AND status = 'SUBMITTED') AS responses,
           (SELECT reltuples::bigint::float8 FROM pg_class WHERE relname = 'Answer') AS answers`;
  return { slug: f.slug, groups: row!.groups, leaders: row!.leaders, responsesInRound: row!.responses, answersInDatabase: row!.answers };
}
