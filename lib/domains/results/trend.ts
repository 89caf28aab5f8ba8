import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { notFound } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';
import { mayOpen, requireResultsReach, visibleGroupsFor } from './access';
import { recordResultsViewed } from './audit';
import { loadRoundContext } from './round-context';
import { resultsForView, type HiddenReason } from './views';

interface TrendRound {
  roundId: string;
  /** The round's name. */
  roundName: string;
  closesAt: Date;
  questionnaireVersion: string;
  /** The group's name in this round's snapshot: what it was called then. */
  groupName: string;
}

/**
 * One closed round of the trend. A hidden round carries its reason and nothing else — no
 * figures and no counts: a line of counts across the years would let a reader subtract one
 * round from the next and find the one leader who joined or left.
 */
export type TrendPoint = TrendRound &
  (
    { suppressed: true; reason: HiddenReason } | { suppressed: false; balance: number | null; strainMean: number | null; resourceMean: number | null; responded: number; items: Record<string, number> }
  );

export interface GroupTrend {
  groupId: string;
  /** Today's name (the group's current record), to head the page. */
  currentName: string;
  /** Oldest first. */
  points: TrendPoint[];
  /** Whether the group was called something else in any of the rounds than it is today. */
  renamed: boolean;
}

/** The closed rounds whose snapshot holds the group, oldest first — by group id, whatever it was called or wherever it sat. */
async function closedRoundsWithGroup(organisationId: string, groupId: string, now: Date): Promise<TrendRound[]> {
  const snapshots = await scopedDb(organisationId).roundGroup.findMany({
    where: { groupId, round: { status: { not: 'DRAFT' } } },
    select: { name: true, round: { select: { id: true, name: true, status: true, opensAt: true, closesAt: true, questionnaireVersion: true } } },
    orderBy: [{ round: { opensAt: 'asc' } }, { round: { createdAt: 'asc' } }],
  });
  return snapshots
    .filter(({ round }) => effectiveStatus(round, now) === 'CLOSED')
    .map(({ name, round }) => ({ roundId: round.id, roundName: round.name, closesAt: round.closesAt, questionnaireVersion: round.questionnaireVersion, groupName: name }));
}

/**
 * One group across every closed round it took part in, for one viewer. Each round is read the
 * way its own dashboard reads it: that round's snapshot and verdicts for this viewer, the same
 * access rule (a round in which the viewer may not open the group is left out, as its
 * dashboard would answer 404), and the figures through the same path (pre-aggregates when the
 * round has them, lib/domains/balance for the balance). A group the viewer may open in no
 * closed round — another organisation's, outside their reach, or unknown — is a 404.
 */
export async function getGroupTrend(viewer: StaffActor, groupId: string, now = new Date()): Promise<GroupTrend> {
  requireResultsReach(viewer);
  if (!isUuid(groupId)) throw notFound();
  const group = await scopedDb(viewer.organisationId).leaderGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } });
  if (!group) throw notFound();
  const ref = { groupId, alone: false };
  const points: TrendPoint[] = [];
  for (const round of await closedRoundsWithGroup(viewer.organisationId, groupId, now)) {
    const ctx = await loadRoundContext(viewer, round.roundId, now);
    if (!ctx?.figuresAvailable) continue;
    const access = await visibleGroupsFor(viewer, ctx);
    if (!mayOpen(access, ctx, ref)) continue;
    const result = await resultsForView(ctx, ref);
    if (!result) continue;
    if (result.suppressed) {
      points.push({ ...round, suppressed: true, reason: result.reason });
      continue;
    }
    const { figures } = result;
    await recordResultsViewed(viewer, { roundId: round.roundId, view: result.key, channel: 'page' }, now);
    points.push({
      ...round,
      suppressed: false,
      balance: figures.balance,
      strainMean: figures.strainMean,
      resourceMean: figures.resourceMean,
      responded: result.participation.responded,
      items: Object.fromEntries([...figures.strains, ...figures.resources].map((item) => [item.key, item.mean])),
    });
  }
  if (points.length === 0) throw notFound();
  return { groupId, currentName: group.name, points, renamed: points.some((p) => p.groupName !== group.name) };
}
