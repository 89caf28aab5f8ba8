import 'server-only';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { notFound } from '@/lib/platform/errors';
import type { ApiKeyKind } from '@/lib/generated/prisma/enums';
import { findGroupForUpdate } from '@/lib/domains/groups/mutations';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { createApiKey, type CreatedApiKey } from './api-keys';
import type { CreateApiKeyInput, CreateScimTokenInput, RevokeApiKeyInput } from './schemas';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/** The audit names of each kind's events: an API key's and a SCIM token's read apart in the log. */
const auditActions = {
  API: { created: 'api-key.created', revoked: 'api-key.revoked' },
  SCIM: { created: 'scim-token.created', revoked: 'scim-token.revoked' },
} as const;

/** A new key, created and audited together. The caller shows `key` once; it is not stored. */
export async function createOrganisationApiKey(actor: MemberActor, input: CreateApiKeyInput): Promise<CreatedApiKey & { name: string }> {
  return tenantTransaction(actor.organisationId, async (tx) => {
    const created = await createApiKey({ organisationId: actor.organisationId, name: input.name, createdById: actor.userId }, tx);
    await recordAudit({ ...auditedBy(actor), action: auditActions.API.created, target: { type: 'api-key', id: created.id }, details: { name: input.name, prefix: created.prefix } }, tx);
    return { ...created, name: input.name };
  });
}

/**
 * A new SCIM token for the identity provider, created and audited together; shown once like a
 * key. Its group — where a provisioned leader starts until a SCIM group places them — must be
 * the organisation's and active now; it is checked again on every use.
 */
export async function createOrganisationScimToken(actor: MemberActor, input: CreateScimTokenInput): Promise<CreatedApiKey & { name: string }> {
  return tenantTransaction(actor.organisationId, async (tx) => {
    const group = await findGroupForUpdate(tx, actor.organisationId, input.groupId);
    if (group.archivedAt) throw fieldRefusal(actor, 'validation_failed', 'groupId', 'leaders.errors.groupArchived', { group: group.name });
    const created = await createApiKey({ organisationId: actor.organisationId, name: input.name, createdById: actor.userId, kind: 'SCIM', scimGroupId: group.id }, tx);
    await recordAudit({ ...auditedBy(actor), action: 'scim-token.created', target: { type: 'api-key', id: created.id }, details: { name: input.name, prefix: created.prefix, groupId: group.id } }, tx);
    return { ...created, name: input.name };
  });
}

/**
 * Revokes a key (or, with kind SCIM, a SCIM token) at once: the next request with it is
 * refused. Revoking a revoked key changes nothing and writes no second audit entry; another
 * organisation's key — or one of the other kind — is not found.
 */
export async function revokeOrganisationApiKey(actor: MemberActor, input: RevokeApiKeyInput, kind: ApiKeyKind = 'API'): Promise<{ revoked: boolean }> {
  const { organisationId } = actor;
  return tenantTransaction(organisationId, async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { organisationId, id: input.apiKeyId, kind }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound();
    if (key.revokedAt) return { revoked: false };
    await tx.apiKey.updateMany({ where: { organisationId, id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit({ ...auditedBy(actor), action: auditActions[kind].revoked, target: { type: 'api-key', id: key.id }, details: { name: key.name, prefix: key.prefix } }, tx);
    return { revoked: true };
  });
}
