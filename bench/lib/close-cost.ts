import { settleClosedRound } from '@/lib/domains/rounds/settle-closed-round';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

class RollBack extends Error {}

/**
 * How long closing the big round spends on its data — pre-aggregating it and sealing its
 * responses (lib/domains/rounds/settle-closed-round.ts) — run in a transaction that is then rolled
 * back, so the stored sums and rows are left as they were.
 */
export async function timeCloseWork(organisationId: string, roundId: string): Promise<number> {
  let elapsed = 0;
  await tenantTransaction(
    organisationId,
    async (tx) => {
      const started = performance.now();
      await settleClosedRound(tx, organisationId, roundId);
      elapsed = performance.now() - started;
      throw new RollBack();
    },
    { timeout: 300_000 },
  ).catch((error: unknown) => {
    if (!(error instanceof RollBack)) throw error;
  });
  return elapsed;
}
