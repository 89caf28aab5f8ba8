import 'server-only';
import type { ApiKeyKind } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** SCIM tokens only: the group provisioned leaders start in. */
  scimGroupId: string | null;
}

/** The organisation's keys of one kind (API keys unless said), active first, newest first. Never the key or its hash. */
export async function listApiKeys(tenant: ScopedDb, kind: ApiKeyKind = 'API'): Promise<ApiKeyRow[]> {
  const keys = await tenant.apiKey.findMany({
    where: { kind },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, scimGroupId: true },
  });
  return [...keys.filter((k) => !k.revokedAt), ...keys.filter((k) => k.revokedAt)];
}
