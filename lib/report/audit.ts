import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { RequestContext } from '@/lib/http/request-context';
import type { ResultsViewer } from '@/lib/results/access';

export type ReportFormat = 'pdf' | 'csv' | 'xlsx';

/** Every report or report export that leaves the system is one audit entry: who, which round and group, which format, from where. */
export async function recordReportDownloaded(viewer: ResultsViewer, input: { roundId: string; groupId: string | null; format: ReportFormat; locale: string; channel: 'page' | 'api'; context?: RequestContext }): Promise<void> {
  await recordAudit({
    organisationId: viewer.organisationId,
    action: 'report.downloaded',
    actor: viewer.actor,
    target: { type: 'round', id: input.roundId },
    ...(input.context ? { context: input.context } : {}),
    details: { groupId: input.groupId, format: input.format, locale: input.locale, channel: input.channel },
  });
}
