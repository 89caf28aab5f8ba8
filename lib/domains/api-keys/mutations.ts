import 'server-only';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { notFound } from '@/lib/platform/errors';
import { createApiKey, type CreatedApiKey } from './api-keys';
import type { CreateApiKeyInput, RevokeApiKeyInput } from './schemas';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/** A new key, created and audited together. The caller shows `key` once; it is not stored. */
export async function createOrganisationApiKey(actor: MemberActor, input: CreateApiKeyInput): Promise<CreatedApiKey & { name: string }> {
  return tenantTransaction(actor.organisationId, async (tx) => {
    const created = await createApiKey({ organisationId: actor.organisationId, name: input.name, createdById: actor.userId }, tx);
    await recordAudit({ ...auditedBy(actor), action: 'api-key.created', target: { type: 'api-key', id: created.id }, details: { name: input.name, prefix: created.prefix } }, tx);
    return { ...created, name: input.name };
  });
}

/**
 * Revokes a key at once: the next request with it is refused. Revoking a revoked key changes
 * nothing and writes no second audit entry; another organisation's key is not found.
 */
export async function revokeOrganisationApiKey(actor: MemberActor, input: RevokeApiKeyInput): Promise<{ revoked: boolean }> {
  const { organisationId } = actor;
  return tenantTransaction(organisationId, async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { organisationId, id: input.apiKeyId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound();
    if (key.revokedAt) return { revoked: false };
    await tx.apiKey.updateMany({ where: { organisationId, id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit({ ...auditedBy(actor), action: 'api-key.revoked', target: { type: 'api-key', id: key.id }, details: { name: key.name, prefix: key.prefix } }, tx);
    return { revoked: true };
  });
}
