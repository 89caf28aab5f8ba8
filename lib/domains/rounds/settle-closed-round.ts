import 'server-only';
import { sealClosedRoundResponses } from '@/lib/domains/responses/seal-closed-round';
import { writeRoundAggregates } from '@/lib/domains/results/pre-aggregate';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';

/**
 * What closing does to a round's data, the same on every close path (HR's close, the API's,
 * the closing job, the demo): its figures are summed once for the dashboards (decision 0006),
 * then its responses are sealed so that nothing leads from an answer to a person any more
 * (decision 0004). Inside the closing transaction: a round is closed with both or neither.
 *
 * Not 'server-only': the closing job, the demo seed and the benchmark call it outside Next.
 */
export async function settleClosedRound(tx: Tx, organisationId: string, roundId: string, now = new Date()): Promise<void> {
  await writeRoundAggregates(tx, organisationId, roundId, now);
  await sealClosedRoundResponses(tx, organisationId, roundId);
}
