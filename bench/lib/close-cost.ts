import { writeRoundAggregates } from '@/lib/results/pre-aggregate';
import { tenantTransaction } from '@/lib/tenant/tenant-transaction';

class RollBack extends Error {}

/**
 * How long closing the big round spends pre-aggregating it (lib/results/pre-aggregate.ts), run
 * in a transaction that is then rolled back, so the stored sums are left as they were.
 */
export async function timePreAggregation(organisationId: string, roundId: string): Promise<number> {
  let elapsed = 0;
  await tenantTransaction(
    organisationId,
    async (tx) => {
      const started = performance.now();
      await writeRoundAggregates(tx, organisationId, roundId);
      elapsed = performance.now() - started;
      throw new RollBack();
    },
    { timeout: 300_000 },
  ).catch((error: unknown) => {
    if (!(error instanceof RollBack)) throw error;
  });
  return elapsed;
}
