import 'server-only';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';

/**
 * Changes to an organisation's group tree run one at a time (exclusive), while leader writes
 * that depend on a group staying active share the lock. Without it, two moves at the same moment
 * could each pass the cycle check and together make a loop, and a leader could be added to a
 * group in the instant it is archived. Transaction-level advisory locks: released on commit.
 */
export async function lockGroupTree(tx: Tx, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`group-tree:${organisationId}`}, 0))`;
}

export async function shareGroupTreeLock(tx: Tx, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${`group-tree:${organisationId}`}, 0))`;
}
