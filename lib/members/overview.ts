import 'server-only';
import type { RoundStatus } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/tenant/scoped-db';

export interface OverviewRound {
  id: string;
  name: string;
  status: RoundStatus;
  opensAt: Date;
  closesAt: Date;
  invited: number;
  answered: number;
}

export interface OrganisationOverview {
  groups: number;
  leaders: number;
  members: number;
  rounds: OverviewRound[];
}

/**
 * What the organisation's landing page shows staff: counts only — how many groups, leaders and
 * colleagues, and per round how many were invited and how many answered. Never who answered.
 */
export async function getOrganisationOverview(tenant: ScopedDb): Promise<OrganisationOverview> {
  const [groups, leaders, members, rounds, invited, answered] = await Promise.all([
    tenant.leaderGroup.count({ where: { archivedAt: null } }),
    tenant.leader.count({ where: { archivedAt: null } }),
    tenant.membership.count(),
    tenant.round.findMany({ orderBy: [{ opensAt: 'desc' }, { id: 'desc' }], take: 10, select: { id: true, name: true, status: true, opensAt: true, closesAt: true } }),
    tenant.invitation.groupBy({ by: ['roundId'], _count: { _all: true } }),
    tenant.invitation.groupBy({ by: ['roundId'], where: { answeredAt: { not: null } }, _count: { _all: true } }),
  ]);
  const invitedBy = new Map(invited.map((row) => [row.roundId, row._count._all]));
  const answeredBy = new Map(answered.map((row) => [row.roundId, row._count._all]));
  return {
    groups,
    leaders,
    members,
    rounds: rounds.map((round) => ({ ...round, invited: invitedBy.get(round.id) ?? 0, answered: answeredBy.get(round.id) ?? 0 })),
  };
}

export function responseRate(round: Pick<OverviewRound, 'invited' | 'answered'>): number {
  return round.invited === 0 ? 0 : Math.round((100 * round.answered) / round.invited);
}
