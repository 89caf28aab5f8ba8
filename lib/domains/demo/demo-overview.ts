import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import { participationByRound } from '@/lib/domains/invitations/participation';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface DemoGroup {
  id: string;
  name: string;
  depth: number;
  leaderCount: number;
}

export interface DemoRound {
  id: string;
  name: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  opensAt: Date;
  closesAt: Date;
  invited: number;
  responded: number;
}

export interface DemoOverview {
  name: string;
  groups: DemoGroup[];
  rounds: DemoRound[];
}

export const DEMO_ORGANISATION_SLUG = 'syddal-kommune';

function depthFirst(groups: { id: string; name: string; parentId: string | null }[], counts: Map<string, number>): DemoGroup[] {
  const children = new Map<string | null, typeof groups>();
  for (const group of groups) children.set(group.parentId, [...(children.get(group.parentId) ?? []), group]);
  const out: DemoGroup[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const group of (children.get(parentId) ?? []).sort((a, b) => compareDanish(a.name, b.name))) {
      out.push({ id: group.id, name: group.name, depth, leaderCount: counts.get(group.id) ?? 0 });
      visit(group.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * What the front page shows a newcomer on the embedded demo: counts only. It never returns
 * answers, and it is shown only in demo mode (see app/(marketing)/page.tsx).
 */
export async function getDemoOverview(): Promise<DemoOverview | null> {
  // Found by its fixed slug, before its id is known.
  const organisation = await systemTransaction((tx) => tx.organisation.findUnique({ where: { slug: DEMO_ORGANISATION_SLUG } }));
  if (!organisation) return null;
  const tenant = scopedDb(organisation.id);
  const [groups, leaderCounts, rounds, participation] = await Promise.all([
    tenant.leaderGroup.findMany({ where: { archivedAt: null }, select: { id: true, name: true, parentId: true } }),
    tenant.leader.groupBy({ by: ['groupId'], where: { archivedAt: null }, _count: { _all: true } }),
    tenant.round.findMany({ orderBy: { opensAt: 'desc' } }),
    participationByRound(tenant),
  ]);
  const counts = new Map(leaderCounts.map((row) => [row.groupId, row._count._all]));
  return {
    name: organisation.name,
    groups: depthFirst(groups, counts),
    rounds: rounds.map((round) => ({
      id: round.id,
      name: round.name,
      status: round.status,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      invited: participation.get(round.id)?.invited ?? 0,
      responded: participation.get(round.id)?.responded ?? 0,
    })),
  };
}
