import 'server-only';
import type { RoundStatus } from '@/lib/generated/prisma/enums';
import { participationByRound } from '@/lib/domains/invitations/participation';
import { percent } from '@/lib/domains/results/participation';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

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
 * It lives with the rounds, whose participation it counts, not with the memberships below them.
 */
export async function getOrganisationOverview(tenant: ScopedDb): Promise<OrganisationOverview> {
  const [groups, leaders, members, rounds, participation] = await Promise.all([
    tenant.leaderGroup.count({ where: { archivedAt: null } }),
    tenant.leader.count({ where: { archivedAt: null } }),
    tenant.membership.count(),
    tenant.round.findMany({ orderBy: [{ opensAt: 'desc' }, { id: 'desc' }], take: 10, select: { id: true, name: true, status: true, opensAt: true, closesAt: true } }),
    participationByRound(tenant),
  ]);
  return {
    groups,
    leaders,
    members,
    rounds: rounds.map((round) => ({ ...round, invited: participation.get(round.id)?.invited ?? 0, answered: participation.get(round.id)?.responded ?? 0 })),
  };
}

export function responseRate(round: Pick<OverviewRound, 'invited' | 'answered'>): number {
  return percent(round.answered, round.invited);
}
