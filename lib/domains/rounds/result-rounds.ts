import 'server-only';
import { actorEmail, type StaffActor } from '@/lib/domains/auth/actor';
import { requireResultsReach } from '@/lib/domains/results/access';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { listRounds, type RoundSummary } from './queries';

/**
 * The rounds whose results the viewer may look at, newest first: every opened round, or for a
 * leader the rounds they were invited to. Drafts have no results.
 */
export async function listResultRounds(viewer: StaffActor, now = new Date()): Promise<RoundSummary[]> {
  const reach = requireResultsReach(viewer);
  const tenant = scopedDb(viewer.organisationId);
  const rounds = (await listRounds(tenant, now)).filter((round) => round.status !== 'DRAFT');
  if (reach !== 'own-group') return rounds;
  const email = actorEmail(viewer);
  if (!email) return [];
  const leader = await tenant.leader.findFirst({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!leader) return [];
  const invited = await tenant.invitation.findMany({ where: { leaderId: leader.id }, select: { roundId: true } });
  const ids = new Set(invited.map((i) => i.roundId));
  return rounds.filter((round) => ids.has(round.id));
}

/** The round the results section opens with: the latest closed one, if any. */
export function latestClosed(rounds: readonly RoundSummary[]): RoundSummary | null {
  return rounds.find((round) => round.status === 'CLOSED') ?? null;
}
