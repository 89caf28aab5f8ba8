import 'server-only';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** One group's APV record with its comments (oldest first) and approvals, or null before anyone wrote it. */
export async function getApvRecord(organisationId: string, roundId: string, groupId: string) {
  return scopedDb(organisationId).apvRecord.findFirst({
    where: { roundId, groupId },
    include: { comments: { orderBy: { createdAt: 'asc' } }, approvals: { orderBy: { approvedAt: 'asc' } } },
  });
}

export type ApvRecordWithThreads = NonNullable<Awaited<ReturnType<typeof getApvRecord>>>;

/** Every APV record of the given rounds with its approval times: enough for the status list. */
export async function listApvRecords(organisationId: string, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  return scopedDb(organisationId).apvRecord.findMany({
    where: { roundId: { in: [...roundIds] } },
    select: { roundId: true, groupId: true, updatedAt: true, revisionDueOn: true, approvals: { select: { approvedAt: true } } },
  });
}
