import 'server-only';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * Today's names of the things audit entries point at (a round, a group, a leader, a member …),
 * so the log reads "Runde: LederAPV 2026" instead of an id. One query per kind on a page of
 * entries. A target deleted since has no name here; the entry's own recorded label stands in.
 * Shared balances and workshop notes stay nameless: who shared, or what a note says, is not the
 * log's business.
 */
export async function targetNames(tenant: ScopedDb, targets: { type: string | null; id: string | null }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(targets.flatMap((t) => (t.type === type && t.id ? [t.id] : [])))];
  const named = <T extends { id: string }>(rows: T[], name: (row: T) => string) => rows.map((row) => [row.id, name(row)] as const);
  const [rounds, groups, leaders, memberships, apiKeys, actions, apvRecords, invitations] = await Promise.all([
    lookup(idsOf('round'), (ids) => tenant.round.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    lookup(idsOf('group'), (ids) => tenant.leaderGroup.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    lookup(idsOf('leader'), (ids) => tenant.leader.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    lookup(idsOf('membership'), (ids) => tenant.membership.findMany({ where: { id: { in: ids } }, select: { id: true, user: { select: { name: true, email: true } } } })),
    lookup(idsOf('api-key'), (ids) => tenant.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    lookup(idsOf('action'), (ids) => tenant.actionItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    lookup(idsOf('apv-record'), (ids) => tenant.apvRecord.findMany({ where: { id: { in: ids } }, select: { id: true, round: { select: { name: true } }, group: { select: { name: true } } } })),
    lookup(idsOf('invitation'), (ids) => tenant.invitation.findMany({ where: { id: { in: ids } }, select: { id: true, round: { select: { name: true } } } })),
  ]);
  return new Map([
    ...named(rounds, (r) => r.name),
    ...named(groups, (g) => g.name),
    ...named(leaders, (l) => l.name),
    ...named(memberships, (m) => m.user.name ?? m.user.email),
    ...named(apiKeys, (k) => k.name),
    ...named(actions, (a) => a.title),
    ...named(apvRecords, (r) => `${r.group.name} · ${r.round.name}`),
    ...named(invitations, (i) => i.round.name),
  ]);
}

async function lookup<T>(ids: string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : query(ids);
}
