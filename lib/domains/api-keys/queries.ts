import 'server-only';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The organisation's keys, active first, newest first. Never the key or its hash. */
export async function listApiKeys(tenant: ScopedDb): Promise<ApiKeyRow[]> {
  const keys = await tenant.apiKey.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return [...keys.filter((k) => !k.revokedAt), ...keys.filter((k) => k.revokedAt)];
}
