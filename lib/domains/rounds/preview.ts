import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import { decideVisibility, TOTAL_ID, type Verdict } from '@/lib/domains/anonymity/suppression';
import { PATH_SEPARATOR } from '@/lib/domains/groups/tree';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { roundInvitees, type Invitee, type RoundInvitees } from './invitees';

/** How far back the approval screen looks for leaders who joined a group. */
export const RECENT_DAYS = 30;
/** A leader whose groupSince is within this of their createdAt was added to the group, not moved into it. */
const SAME_WRITE_MS = 60_000;

export type RecentChangeKind = 'added' | 'moved' | 'readdressed';

/** A leader who joined the group — or got a new address — in the last RECENT_DAYS days. */
export interface RecentLeader {
  leaderId: string;
  name: string;
  email: string;
  /** Newest first. "moved" covers moved here from another group and restored from the archive. */
  changes: { kind: RecentChangeKind; at: Date }[];
}

export interface PreviewGroup {
  id: string;
  name: string;
  /** "Direktion / Sundhed / Plejecentre", from the round's top group down: names repeat across a big tree. */
  path: string;
  depth: number;
  /** Active leaders in the group itself. */
  ownLeaders: number;
  /** Leaders in the group and everything below it. */
  leaders: number;
  verdict: Verdict;
  /** Leaders of the group itself who joined it (or got a new address) lately, newest first. */
  recent: RecentLeader[];
  /** Of `leaders`, how many joined lately (the group and everything below it). */
  recentLeaders: number;
  /**
   * The group could show results, but only thanks to leaders who joined lately: without them it
   * would be below the threshold. Exactly what padding a group to single out its leader looks like.
   */
  dependsOnNewcomers: boolean;
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
  /** Everyone the round would invite who joined their group (or got a new address) lately. */
  recentLeaders: number;
  /** The start of "lately": RECENT_DAYS before now. */
  recentSince: Date;
}

function recentChanges(leader: Invitee, since: Date): RecentLeader | null {
  const changes: RecentLeader['changes'] = [];
  if (leader.groupSince >= since) {
    const added = leader.groupSince.getTime() - leader.createdAt.getTime() < SAME_WRITE_MS;
    changes.push({ kind: added ? 'added' : 'moved', at: leader.groupSince });
  }
  if (leader.emailChangedAt && leader.emailChangedAt >= since) changes.push({ kind: 'readdressed', at: leader.emailChangedAt });
  if (changes.length === 0) return null;
  changes.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { leaderId: leader.id, name: leader.name, email: leader.email, changes };
}

/**
 * Before a round opens: if every invited leader answers, which groups could show results, which
 * are too small, and which must stay hidden so that no one can subtract their way to a small
 * group. The same rule (lib/domains/anonymity) later decides on the actual answers. Beside it, per group,
 * who joined lately: what MED/AMO checks before approving (lib/domains/rounds/approval.ts).
 */
export function previewOf(invitees: RoundInvitees, threshold: number, now = new Date()): AnonymityPreview {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const own = new Map<string, number>();
  const recentByGroup = new Map<string, RecentLeader[]>();
  for (const leader of invitees.leaders) {
    own.set(leader.groupId, (own.get(leader.groupId) ?? 0) + 1);
    const recent = recentChanges(leader, since);
    if (recent) recentByGroup.set(leader.groupId, [...(recentByGroup.get(leader.groupId) ?? []), recent]);
  }
  const visibility = decideVisibility(
    invitees.covered.map((g) => ({ id: g.id, parentId: g.parentId, count: own.get(g.id) ?? 0 })),
    threshold,
  );
  // The same subtree sums for the newcomers: children come after their parents in tree order.
  const recentSubtree = new Map<string, number>();
  for (const g of [...invitees.covered].reverse()) {
    recentSubtree.set(g.id, (recentSubtree.get(g.id) ?? 0) + (recentByGroup.get(g.id)?.length ?? 0));
    if (g.parentId) recentSubtree.set(g.parentId, (recentSubtree.get(g.parentId) ?? 0) + recentSubtree.get(g.id)!);
  }
  const paths = new Map<string, string>();
  for (const g of invitees.covered) paths.set(g.id, g.parentId ? `${paths.get(g.parentId)}${PATH_SEPARATOR}${g.name}` : g.name);
  const rows = invitees.covered.map((g): PreviewGroup => {
    const v = visibility.get(g.id)!;
    const recentLeaders = recentSubtree.get(g.id) ?? 0;
    const recent = (recentByGroup.get(g.id) ?? []).sort((a, b) => b.changes[0]!.at.getTime() - a.changes[0]!.at.getTime() || compareDanish(a.name, b.name));
    return {
      id: g.id,
      name: g.name,
      path: paths.get(g.id)!,
      depth: g.depth,
      ownLeaders: own.get(g.id) ?? 0,
      leaders: v.subtreeCount,
      verdict: v.verdict,
      recent,
      recentLeaders,
      dependsOnNewcomers: v.verdict === 'shown' && recentLeaders > 0 && v.subtreeCount - recentLeaders < threshold,
    };
  });
  const total = visibility.get(TOTAL_ID)!;
  return {
    threshold,
    leaders: total.subtreeCount,
    totalVerdict: total.verdict,
    groups: rows,
    shown: rows.filter((r) => r.verdict === 'shown').length,
    tooFew: rows.filter((r) => r.verdict === 'too-few').length,
    suppressed: rows.filter((r) => r.verdict === 'suppressed').length,
    recentLeaders: [...recentByGroup.values()].reduce((sum, list) => sum + list.length, 0),
    recentSince: since,
  };
}

/** The preview of a draft as the groups and leaders are now. */
export async function anonymityPreview(tenant: ScopedDb, draft: { organisationId: string; groupIds: string[]; anonymityThreshold: number }, now = new Date()): Promise<AnonymityPreview> {
  return previewOf(await roundInvitees(tenant, draft.organisationId, draft.groupIds), draft.anonymityThreshold, now);
}
