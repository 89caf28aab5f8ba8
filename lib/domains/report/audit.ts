import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';

export type ReportFormat = 'pdf' | 'csv' | 'xlsx';

/** Every report or report export that leaves the system is one audit entry: who, which round and group, which format, from where. */
export async function recordReportDownloaded(viewer: StaffActor, input: { roundId: string; groupId: string | null; format: ReportFormat; locale: string; channel: 'page' | 'api' }): Promise<void> {
  await recordAudit({
    ...auditedBy(viewer),
    action: 'report.downloaded',
    target: { type: 'round', id: input.roundId },
    details: { groupId: input.groupId, format: input.format, locale: input.locale, channel: input.channel },
  });
}
