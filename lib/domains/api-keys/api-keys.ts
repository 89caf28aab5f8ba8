import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { generateToken, hashToken } from '@/lib/platform/crypto/tokens';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

const KEY_PREFIX = 'lt_';

export interface CreatedApiKey {
  id: string;
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
}

type Writer = Prisma.TransactionClient;

/** A new key for an organisation; only its keyed hash is stored. */
export async function createApiKey(input: { organisationId: string; name: string; createdById?: string | null }, writer?: Writer): Promise<CreatedApiKey> {
  const key = `${KEY_PREFIX}${generateToken(32)}`;
  const prefix = key.slice(0, 10);
  const data = { organisationId: input.organisationId, name: input.name, prefix, keyHash: hashToken(key, 'api-key'), createdById: input.createdById ?? null };
  const row = writer ? await writer.apiKey.create({ data }) : await scopedDb(input.organisationId).apiKey.create({ data });
  return { id: row.id, key, prefix };
}

export interface AuthenticatedApiKey {
  apiKeyId: string;
  organisationId: string;
}

/**
 * The organisation an API key belongs to, or null for an unknown or revoked key. The lookup is
 * by keyed hash through a unique index: no comparison on the secret itself ever happens.
 */
export async function authenticateApiKey(rawKey: string): Promise<AuthenticatedApiKey | null> {
  if (!rawKey.startsWith(KEY_PREFIX) || rawKey.length > 200) return null;
  // Before the key is known there is no organisation: the lookup by hash is a system read.
  const row = await systemTransaction((tx) => tx.apiKey.findUnique({ where: { keyHash: hashToken(rawKey, 'api-key') } }));
  if (!row || row.revokedAt) return null;
  return { apiKeyId: row.id, organisationId: row.organisationId };
}

/** Marks a key used at most once a minute, so a busy integration does not write on every call. */
export async function touchApiKey(key: AuthenticatedApiKey, now = new Date()): Promise<boolean> {
  const { count } = await scopedDb(key.organisationId).apiKey.updateMany({
    where: { id: key.apiKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
    data: { lastUsedAt: now },
  });
  return count > 0;
}
