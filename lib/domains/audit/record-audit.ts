import 'server-only';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/** Every audited action, by name. Add here; never write a free-form string at a call site. */
export type AuditAction =
  | 'auth.sign-in'
  | 'auth.sign-up'
  | 'organisation.created'
  | 'member.invited'
  | 'member.role-changed'
  | 'member.removed'
  | 'member.joined-as-leader'
  | 'member.joined-by-sso'
  | 'member.role-from-sso'
  | 'sso.configured'
  | 'sso.removed'
  | 'sso.refused'
  | 'group.created'
  | 'group.renamed'
  | 'group.moved'
  | 'group.archived'
  | 'group.restored'
  | 'leader.created'
  | 'leader.updated'
  | 'leader.archived'
  | 'leader.restored'
  | 'leader.erased'
  | 'privacy.person-exported'
  | 'organisation.retention-changed'
  | 'organisation.mails-changed'
  | 'round.raw-data-deleted'
  | 'leaders.imported'
  | 'round.created'
  | 'round.updated'
  | 'round.copied'
  | 'round.approval-requested'
  | 'round.approved'
  | 'round.opened'
  | 'round.extended'
  | 'round.closed'
  | 'round.reminder-requested'
  | 'round.pool-concern'
  | 'invitation.link-requested'
  | 'api-key.created'
  | 'api-key.revoked'
  | 'api-key.used'
  | 'scim-token.created'
  | 'scim-token.revoked'
  | 'scim-token.used'
  | 'results.viewed'
  | 'results.exported'
  | 'report.downloaded'
  | 'comment.hidden'
  | 'comment.redacted'
  | 'balance.shared'
  | 'balance.share-withdrawn'
  | 'audit.exported'
  | 'apv.updated'
  | 'apv.commented'
  | 'apv.approved'
  | 'dialogue-note.saved'
  | 'action.created'
  | 'action.updated';

export type AuditActor = { userId: string } | { apiKeyId: string } | { system: true };

export interface AuditEntry {
  organisationId: string;
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id: string };
  context?: RequestContext;
  details?: Prisma.InputJsonValue;
}

type Writer = Pick<PrismaClient, 'auditLogEntry'> | Prisma.TransactionClient;

/**
 * The one way to write the audit log: who (user, API key or the system), did what, to what,
 * when and from where. Pass the transaction client when the action itself is in a transaction,
 * so the entry exists exactly when the change does.
 */
export async function recordAudit(entry: AuditEntry, writer?: Writer): Promise<void> {
  await (writer ?? scopedDb(entry.organisationId)).auditLogEntry.create({
    data: {
      organisationId: entry.organisationId,
      action: entry.action,
      actorUserId: 'userId' in entry.actor ? entry.actor.userId : null,
      actorApiKeyId: 'apiKeyId' in entry.actor ? entry.actor.apiKeyId : null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      ip: entry.context?.ip ?? null,
      userAgent: entry.context?.userAgent ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
    },
  });
}
