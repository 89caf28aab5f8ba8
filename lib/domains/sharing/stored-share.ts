import 'server-only';
import { open, seal } from '@/lib/platform/crypto/sealed';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';
import { sharedSnapshotSchema, type SharedSnapshot } from './snapshot';

/**
 * How a shared balance is kept. The copy is sealed (lib/platform/crypto/sealed.ts): in the clear, its item
 * values could be matched to the anonymous answers. And a share that ends — withdrawn by the
 * leader, erased with them, or past the retention period — becomes a TOMBSTONE: the copy is
 * deleted, the row stays. The manager has seen those answers, and the anonymity rule must go on
 * counting them as known to that manager (lib/domains/results/known-responses.ts, decision 0005).
 */

/** The sealed form of a copy (a plain legacy copy is sealed as it was written: lib/domains/sharing/seal-legacy.ts). */
export function sealSnapshot(snapshot: SharedSnapshot | Prisma.JsonValue): string {
  return seal('shared-balance', snapshot);
}

/**
 * The copy a row holds — sealed, or a plain one written before sealing existed (sealed at the
 * next start: lib/domains/sharing/seal-legacy.ts) — parsed down to the promised fields; null for a tombstone.
 */
export function openSnapshot(row: { sealedSnapshot: string | null; snapshot: Prisma.JsonValue | null }): SharedSnapshot | null {
  const value = row.sealedSnapshot !== null ? open('shared-balance', row.sealedSnapshot) : row.snapshot;
  return value === null ? null : sharedSnapshotSchema.parse(value);
}

/** A share that still holds its copy, sealed or not yet. */
export const holdsCopy = { OR: [{ sealedSnapshot: { not: null } }, { snapshot: { not: Prisma.DbNull } }] } satisfies Prisma.SharedBalanceWhereInput;

/** A share the manager can still read: not withdrawn, and with its copy. */
export const activeShare = { withdrawnAt: null, ...holdsCopy } satisfies Prisma.SharedBalanceWhereInput;

/**
 * Ends the matching shares: each copy is deleted (and the leader's name replaced, when erasing),
 * each row stays with the time it ended. Returns the ids of the shares that were still active.
 */
export async function tombstoneShares(tx: Tx, organisationId: string, where: Prisma.SharedBalanceWhereInput, now: Date, replace: { leaderName?: string } = {}): Promise<string[]> {
  const ended = await tx.sharedBalance.findMany({ where: { ...where, organisationId, withdrawnAt: null }, select: { id: true } });
  await tx.sharedBalance.updateMany({ where: { ...where, organisationId }, data: { sealedSnapshot: null, snapshot: Prisma.DbNull, ...replace } });
  await tx.sharedBalance.updateMany({ where: { ...where, organisationId, withdrawnAt: null }, data: { withdrawnAt: now } });
  return ended.map((row) => row.id);
}
