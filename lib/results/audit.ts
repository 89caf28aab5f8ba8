import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { RequestContext } from '@/lib/http/request-context';
import { scopedDb } from '@/lib/tenant/scoped-db';
import type { ResultsViewer } from './access';

/** One "results.viewed" entry per viewer, round and view in this window: a dashboard re-renders often. */
export const VIEW_AUDIT_WINDOW_MS = 10 * 60 * 1000;

export async function recordResultsViewed(
  viewer: ResultsViewer,
  input: { roundId: string; view: string; channel: 'page' | 'api'; context?: RequestContext },
  now = new Date(),
): Promise<void> {
  const actorWhere = 'userId' in viewer.actor ? { actorUserId: viewer.actor.userId } : 'apiKeyId' in viewer.actor ? { actorApiKeyId: viewer.actor.apiKeyId } : null;
  if (actorWhere) {
    const recent = await scopedDb(viewer.organisationId).auditLogEntry.findFirst({
      where: {
        action: 'results.viewed',
        targetId: input.roundId,
        createdAt: { gte: new Date(now.getTime() - VIEW_AUDIT_WINDOW_MS) },
        details: { path: ['view'], equals: input.view },
        ...actorWhere,
      },
      select: { id: true },
    });
    if (recent) return;
  }
  await recordAudit({
    organisationId: viewer.organisationId,
    action: 'results.viewed',
    actor: viewer.actor,
    target: { type: 'round', id: input.roundId },
    ...(input.context ? { context: input.context } : {}),
    details: { view: input.view, channel: input.channel },
  });
}

export async function recordResultsExported(viewer: ResultsViewer, input: { roundId: string; format: 'csv' | 'xlsx'; views: number; context?: RequestContext }): Promise<void> {
  await recordAudit({
    organisationId: viewer.organisationId,
    action: 'results.exported',
    actor: viewer.actor,
    target: { type: 'round', id: input.roundId },
    ...(input.context ? { context: input.context } : {}),
    details: { format: input.format, views: input.views },
  });
}
