import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** One "results.viewed" entry per viewer, round and view in this window: a dashboard re-renders often. */
export const VIEW_AUDIT_WINDOW_MS = 10 * 60 * 1000;

function sameActor(viewer: StaffActor) {
  switch (viewer.kind) {
    case 'member':
      return { actorUserId: viewer.userId };
    case 'api-key':
      return { actorApiKeyId: viewer.apiKeyId };
    case 'system':
      return null;
  }
}

export async function recordResultsViewed(viewer: StaffActor, input: { roundId: string; view: string; channel: 'page' | 'api' | 'heatmap' }, now = new Date()): Promise<void> {
  const actorWhere = sameActor(viewer);
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
    ...auditedBy(viewer),
    action: 'results.viewed',
    target: { type: 'round', id: input.roundId },
    details: { view: input.view, channel: input.channel },
  });
}

export async function recordResultsExported(viewer: StaffActor, input: { roundId: string; format: 'csv' | 'xlsx'; views: number }): Promise<void> {
  await recordAudit({
    ...auditedBy(viewer),
    action: 'results.exported',
    target: { type: 'round', id: input.roundId },
    details: { format: input.format, views: input.views },
  });
}
