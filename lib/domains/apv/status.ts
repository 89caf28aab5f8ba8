import { isoDay } from '@/lib/platform/format/dates';
import { revisionUrgency } from './revision';

export type ApvStatus = 'not-started' | 'drafted' | 'approved' | 'revision-due';

export interface ApprovalLike {
  approvedAt: Date;
}

/**
 * An approval counts for the record as it read when it was given: an edit after it (a later
 * updatedAt) leaves it standing as "approved an earlier version", not as an approval.
 */
export function isCurrentApproval(approval: ApprovalLike, record: { updatedAt: Date }): boolean {
  return approval.approvedAt.getTime() >= record.updatedAt.getTime();
}

/**
 * Where a group's APV stands. Revision due (the date is past or within 90 days) outranks
 * everything: an approved APV still has to be revised on time.
 */
export function apvStatus(record: { updatedAt: Date; revisionDueOn: Date; approvals: ApprovalLike[] } | null, now = new Date()): ApvStatus {
  if (!record) return 'not-started';
  if (revisionUrgency(isoDay(record.revisionDueOn), now) !== 'later') return 'revision-due';
  return record.approvals.some((a) => isCurrentApproval(a, record)) ? 'approved' : 'drafted';
}
