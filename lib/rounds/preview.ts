import { decideVisibility, TOTAL_ID, type Verdict } from '@/lib/anonymity/suppression';
import type { ScopedDb } from '@/lib/tenant/scoped-db';
import { coveredGroups } from './covered-groups';

export interface PreviewGroup {
  id: string;
  name: string;
  depth: number;
  /** Active leaders in the group itself. */
  ownLeaders: number;
  /** Leaders in the group and everything below it. */
  leaders: number;
  verdict: Verdict;
}

export interface AnonymityPreview {
  threshold: number;
  /** Everyone the round would invite. */
  leaders: number;
  totalVerdict: Verdict;
  groups: PreviewGroup[];
  shown: number;
  tooFew: number;
  suppressed: number;
}

/**
 * Before a round opens: if every invited leader answers, which groups could show results, which
 * are too small, and which must stay hidden so that no one can subtract their way to a small
 * group. The same rule (lib/anonymity) later decides on the actual answers.
 */
export async function anonymityPreview(tenant: ScopedDb, draft: { groupIds: string[]; anonymityThreshold: number }): Promise<AnonymityPreview> {
  const groups = await tenant.leaderGroup.findMany({ select: { id: true, parentId: true, name: true, archivedAt: true } });
  const covered = coveredGroups(groups, draft.groupIds);
  const counts = covered.length
    ? await tenant.leader.groupBy({ by: ['groupId'], where: { archivedAt: null, groupId: { in: covered.map((g) => g.id) } }, _count: { _all: true } })
    : [];
  const own = new Map(counts.map((c) => [c.groupId, c._count._all]));
  const visibility = decideVisibility(
    covered.map((g) => ({ id: g.id, parentId: g.parentId, count: own.get(g.id) ?? 0 })),
    draft.anonymityThreshold,
  );
  const rows = covered.map((g) => {
    const v = visibility.get(g.id)!;
    return { id: g.id, name: g.name, depth: g.depth, ownLeaders: own.get(g.id) ?? 0, leaders: v.subtreeCount, verdict: v.verdict };
  });
  const total = visibility.get(TOTAL_ID)!;
  return {
    threshold: draft.anonymityThreshold,
    leaders: total.subtreeCount,
    totalVerdict: total.verdict,
    groups: rows,
    shown: rows.filter((r) => r.verdict === 'shown').length,
    tooFew: rows.filter((r) => r.verdict === 'too-few').length,
    suppressed: rows.filter((r) => r.verdict === 'suppressed').length,
  };
}
