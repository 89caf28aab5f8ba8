import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ApiKeyKind } from '@/lib/generated/prisma/enums';
import { generateToken, hashToken } from '@/lib/platform/crypto/tokens';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * A key opens one door: an API key (lt_…) the public API, a SCIM token (lts_…) SCIM
 * provisioning. The prefixes tell a person which is which; what refuses a key at the wrong door
 * is its stored kind, checked on every lookup.
 */
const KEY_PREFIX: Record<ApiKeyKind, string> = { API: 'lt_', SCIM: 'lts_' };

export interface CreatedApiKey {
  id: string;
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
}

type Writer = Prisma.TransactionClient;

export interface NewApiKey {
  organisationId: string;
  name: string;
  createdById?: string | null;
  /** API unless said. */
  kind?: ApiKeyKind;
  /** SCIM tokens only: the group leaders provisioned by SCIM start in. */
  scimGroupId?: string | null;
}

/** A new key for an organisation; only its keyed hash is stored. */
export async function createApiKey(input: NewApiKey, writer?: Writer): Promise<CreatedApiKey> {
  const kind = input.kind ?? 'API';
  const key = `${KEY_PREFIX[kind]}${generateToken(32)}`;
  const prefix = key.slice(0, 10);
  const data = {
    organisationId: input.organisationId,
    name: input.name,
    prefix,
    keyHash: hashToken(key, 'api-key'),
    kind,
    scimGroupId: kind === 'SCIM' ? (input.scimGroupId ?? null) : null,
    createdById: input.createdById ?? null,
  };
  const row = writer ? await writer.apiKey.create({ data }) : await scopedDb(input.organisationId).apiKey.create({ data });
  return { id: row.id, key, prefix };
}

export interface AuthenticatedApiKey {
  apiKeyId: string;
  organisationId: string;
}

/** The active key of this kind, or null. The lookup is by keyed hash through a unique index: no comparison on the secret itself ever happens. */
async function findActiveKey(rawKey: string, kind: ApiKeyKind) {
  if (!rawKey.startsWith(KEY_PREFIX[kind]) || rawKey.length > 200) return null;
  // Before the key is known there is no organisation: the lookup by hash is a system read.
  const row = await systemTransaction((tx) => tx.apiKey.findUnique({ where: { keyHash: hashToken(rawKey, 'api-key') } }));
  if (!row || row.revokedAt || row.kind !== kind) return null;
  return row;
}

/** The organisation an API key belongs to, or null for an unknown or revoked key — or a SCIM token. */
export async function authenticateApiKey(rawKey: string): Promise<AuthenticatedApiKey | null> {
  const row = await findActiveKey(rawKey, 'API');
  return row ? { apiKeyId: row.id, organisationId: row.organisationId } : null;
}

export interface AuthenticatedScimToken extends AuthenticatedApiKey {
  scimGroupId: string | null;
}

/** The organisation a SCIM token belongs to, with its group for new leaders; null for an unknown or revoked token — or an API key. */
export async function authenticateScimToken(rawToken: string): Promise<AuthenticatedScimToken | null> {
  const row = await findActiveKey(rawToken, 'SCIM');
  return row ? { apiKeyId: row.id, organisationId: row.organisationId, scimGroupId: row.scimGroupId } : null;
}

/** Marks a key used at most once a minute, so a busy integration does not write on every call. */
export async function touchApiKey(key: AuthenticatedApiKey, now = new Date()): Promise<boolean> {
  const { count } = await scopedDb(key.organisationId).apiKey.updateMany({
    where: { id: key.apiKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
    data: { lastUsedAt: now },
  });
  return count > 0;
}
