import type { Actor } from '@/lib/domains/auth/actor';
import type { AuditActor, AuditEntry } from './record-audit';

function auditActorOf(actor: Actor): AuditActor {
  switch (actor.kind) {
    case 'member':
      return { userId: actor.userId };
    case 'api-key':
      return { apiKeyId: actor.apiKeyId };
    // A leader answering is recorded as the product itself: the log must never say which invitation acted.
    case 'respondent':
    case 'system':
      return { system: true };
  }
}

/**
 * The fields every audit entry of an actor shares — organisation, who, from where — so a call
 * site adds only what happened: `recordAudit({ ...auditedBy(actor), action, target }, tx)`.
 */
export function auditedBy(actor: Actor): Pick<AuditEntry, 'organisationId' | 'actor' | 'context'> {
  const context = actor.kind === 'respondent' ? undefined : actor.context;
  return { organisationId: actor.organisationId, actor: auditActorOf(actor), ...(context ? { context } : {}) };
}
