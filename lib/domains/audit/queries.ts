import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/platform/db';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { csvTable } from '@/lib/platform/export/csv';
import { targetNames } from './target-names';

export const AUDIT_PAGE_SIZE = 50;
/** An export is a file for an auditor, not a backup; beyond this, narrow it by action. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** Filter and page from the query string; anything malformed falls back to "all, first page". */
export const auditFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  action: z
    .string()
    .regex(/^[a-z0-9.-]{1,60}$/)
    .optional()
    .catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return auditFilterSchema.parse({ page: first(params.page), action: first(params.action) });
}

export type AuditActorView = { kind: 'user'; id: string; email: string | null; name: string | null } | { kind: 'api-key'; id: string; name: string | null; prefix: string | null } | { kind: 'system' };

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  actor: AuditActorView;
  targetType: string | null;
  targetId: string | null;
  /** The target's name today (target-names.ts), else the one the entry recorded (an e-mail, a key's name). */
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
}

type Entry = {
  id: string;
  createdAt: Date;
  action: string;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
};

function labelOf(details: unknown): string | null {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return null;
  const d = details as Record<string, unknown>;
  for (const key of ['email', 'name']) if (typeof d[key] === 'string') return d[key] as string;
  return null;
}

/** Actors by id: users are global (and may since have been deleted), keys the organisation's own. */
async function withActors(tenant: ScopedDb, entries: Entry[]): Promise<AuditRow[]> {
  const userIds = [...new Set(entries.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const keyIds = [...new Set(entries.flatMap((e) => (e.actorApiKeyId ? [e.actorApiKeyId] : [])))];
  const [users, keys, names] = await Promise.all([
    userIds.length ? db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }) : [],
    keyIds.length ? tenant.apiKey.findMany({ where: { id: { in: keyIds } }, select: { id: true, name: true, prefix: true } }) : [],
    targetNames(
      tenant,
      entries.map((e) => ({ type: e.targetType, id: e.targetId })),
    ),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const keyById = new Map(keys.map((k) => [k.id, k]));
  return entries.map((e) => {
    const actor: AuditActorView = e.actorUserId
      ? { kind: 'user', id: e.actorUserId, email: userById.get(e.actorUserId)?.email ?? null, name: userById.get(e.actorUserId)?.name ?? null }
      : e.actorApiKeyId
        ? { kind: 'api-key', id: e.actorApiKeyId, name: keyById.get(e.actorApiKeyId)?.name ?? null, prefix: keyById.get(e.actorApiKeyId)?.prefix ?? null }
        : { kind: 'system' };
    return {
      id: e.id,
      createdAt: e.createdAt,
      action: e.action,
      actor,
      targetType: e.targetType,
      targetId: e.targetId,
      targetLabel: (e.targetId ? names.get(e.targetId) : undefined) ?? labelOf(e.details),
      ip: e.ip,
      userAgent: e.userAgent,
      details: e.details,
    };
  });
}

const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

export interface AuditPage {
  entries: AuditRow[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of the organisation's audit log, newest first, optionally one action only. */
export async function listAuditEntries(tenant: ScopedDb, filter: AuditFilter): Promise<AuditPage> {
  const where = filter.action ? { action: filter.action } : {};
  const total = await tenant.auditLogEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const entries = await tenant.auditLogEntry.findMany({ where, orderBy: newestFirst, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return { entries: await withActors(tenant, entries), page, pageCount, total };
}

/** The actions that occur in this organisation's log, for the filter. */
export async function listAuditActions(tenant: ScopedDb): Promise<string[]> {
  const rows = await tenant.auditLogEntry.findMany({ distinct: ['action'], select: { action: true } });
  return rows.map((r) => r.action).sort();
}

function actorColumns(actor: AuditActorView): [string, string] {
  if (actor.kind === 'user') return ['user', actor.email ?? actor.id];
  if (actor.kind === 'api-key') return ['api-key', actor.name ? `${actor.name} (${actor.prefix ?? ''}…)` : actor.id];
  return ['system', ''];
}

/**
 * The log (or one action of it) as CSV, newest first. Cells that a spreadsheet would run as a
 * formula (=, +, -, @ …) are escaped: a user agent or a name is input from outside.
 */
export async function auditLogCsv(tenant: ScopedDb, filter: Pick<AuditFilter, 'action'>): Promise<string> {
  const where = filter.action ? { action: filter.action } : {};
  const rows: string[][] = [];
  const batch = 1_000;
  for (let skip = 0; skip < AUDIT_EXPORT_LIMIT; skip += batch) {
    const entries = await tenant.auditLogEntry.findMany({ where, orderBy: newestFirst, skip, take: batch });
    for (const row of await withActors(tenant, entries)) {
      const [actorType, actor] = actorColumns(row.actor);
      rows.push([
        row.createdAt.toISOString(),
        row.action,
        actorType,
        actor,
        row.targetType ?? '',
        row.targetId ?? '',
        row.targetLabel ?? '',
        row.ip ?? '',
        row.userAgent ?? '',
        row.details === null || row.details === undefined ? '' : JSON.stringify(row.details),
      ]);
    }
    if (entries.length < batch) break;
  }
  // English column names and codes, so ',' between cells; the route adds the byte order mark.
  return csvTable([['time', 'action', 'actor_type', 'actor', 'target_type', 'target_id', 'target', 'ip', 'user_agent', 'details'], ...rows], { locale: 'en' });
}
