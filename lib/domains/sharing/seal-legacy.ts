import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { sealSnapshot } from './stored-share';

/**
 * Seals the shared balances written in the clear before sealing existed (SharedBalance.snapshot),
 * and clears their plain copy — once, at the server's start, after the migrations
 * (scripts/start.ts): the key lives in the server's environment, so no SQL migration can do it.
 * Running it again finds nothing to do. Returns how many copies it sealed.
 */
export async function sealLegacyShares(): Promise<number> {
  // A system transaction: the start seals every organisation's rows, before any request runs.
  return systemTransaction(async (tx) => {
    const rows = await tx.sharedBalance.findMany({ where: { snapshot: { not: Prisma.DbNull } }, select: { id: true, organisationId: true, sealedSnapshot: true, snapshot: true } });
    let sealed = 0;
    for (const row of rows) {
      // A row sealed already keeps its sealed copy; only the plain one goes.
      const sealedSnapshot = row.sealedSnapshot ?? sealSnapshot(row.snapshot);
      await tx.sharedBalance.update({ where: { organisationId_id: { organisationId: row.organisationId, id: row.id } }, data: { sealedSnapshot, snapshot: Prisma.DbNull } });
      if (row.sealedSnapshot === null) sealed++;
    }
    return sealed;
  });
}
