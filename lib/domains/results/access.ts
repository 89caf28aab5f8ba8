import 'server-only';
import { actorCan, actorEmail, type StaffActor } from '@/lib/domains/auth/actor';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { resultsReach } from './permissions';
import type { RoundContext } from './round-context';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

export interface ResultsAccess {
  reach: 'all' | 'above-threshold' | 'subtree' | 'own-group';
  /** May see the organisation's total. */
  total: boolean;
  /** Snapshot groups the viewer may open; any other group answers 404. */
  groupIds: ReadonlySet<string>;
  /**
   * The snapshot groups of the viewer's area, whatever their figures show — what MED/AMO work
   * with in workshops and the APV; null for the whole organisation. A member scoped to subtrees
   * (a lokal-MED, a director of one area) has an area; HR and unscoped members do not.
   */
  area: ReadonlySet<string> | null;
  /** MED/AMO: only views the anonymity rule shows exist for them — a hidden group is not even listed. */
  shownOnly: boolean;
  /** Groups × items across the viewer's groups (management roles, not a leader). */
  heatmap: boolean;
  /** HR: sees each comment's moderation handle and may hide it. */
  moderate: boolean;
}

/** Throws forbidden unless the viewer holds one of the results:read:* permissions. */
export function requireResultsReach(viewer: StaffActor): ResultsAccess['reach'] {
  const reach = resultsReach(viewer);
  if (!reach) throw new AppError('forbidden');
  return reach;
}

/** Snapshot groups below (or equal to) any of the scope groups, also when a scope group sits above the round's top-level groups. */
async function scopedGroups(viewer: StaffActor, ctx: RoundContext): Promise<Set<string>> {
  const scope = new Set(viewer.kind === 'member' ? viewer.scopeGroupIds : []);
  const out = new Set<string>();
  if (scope.size === 0) return out;
  const current = await scopedDb(viewer.organisationId).leaderGroup.findMany({ select: { id: true, parentId: true } });
  const parentOf = new Map(current.map((g) => [g.id, g.parentId]));
  const rootInScope = (groupId: string): boolean => {
    const seen = new Set<string>();
    for (let id: string | null | undefined = groupId; id && !seen.has(id); id = parentOf.get(id)) {
      if (scope.has(id)) return true;
      seen.add(id);
    }
    return false;
  };
  for (const node of ctx.visibility.groups) {
    const parentIn = node.parentGroupId !== null && out.has(node.parentGroupId);
    // Snapshot order lists parents first; a top-level group of the round is checked against today's tree above it.
    if (parentIn || scope.has(node.groupId) || (node.parentGroupId === null && rootInScope(node.groupId))) out.add(node.groupId);
  }
  return out;
}

/** The leader's own group in this round: their Leader record (by e-mail) and its invitation's snapshot group. */
async function ownGroup(viewer: StaffActor, ctx: RoundContext): Promise<Set<string>> {
  const email = actorEmail(viewer);
  if (!email) return new Set();
  const tenant = scopedDb(viewer.organisationId);
  const leader = await tenant.leader.findFirst({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!leader) return new Set();
  const invitation = await tenant.invitation.findFirst({ where: { roundId: ctx.round.id, leaderId: leader.id }, select: { groupId: true } });
  return new Set(invitation && ctx.visibility.group(invitation.groupId) ? [invitation.groupId] : []);
}

/**
 * The verdicts that decide which groups MED/AMO may open. Once the round is closed: the figures'.
 * While it is open there are no figures, and a list that grew as answers arrived ("Teknik
 * appeared: its three have answered") would tell who answered — so the rule on invited counts,
 * which does not move until the round closes.
 */
function listingVerdicts(ctx: RoundContext) {
  return ctx.figuresAvailable ? ctx.visibility : ctx.participation.verdicts;
}

/** Whether the viewer is limited to subtrees of the organisation (their membership names groups). */
const hasArea = (viewer: StaffActor) => viewer.kind === 'member' && viewer.scopeGroupIds.length > 0;

/**
 * Who may see which group of a round — the one place this is decided. HR and API keys: every
 * group. Top management: every group, or — scoped to areas, as a director of one area — the
 * groups in those subtrees, without the organisation's total. A manager of leaders: the groups in
 * their scopes' subtrees. MED/AMO: the organisation and every group whose figures are shown; a
 * lokal-MED scoped to its area only the shown groups there, without the total (HovedMED is
 * unscoped). A leader: their own leader group. Nobody, ever, sees an individual: what a group
 * shows is decided by the anonymity rule.
 */
export async function visibleGroupsFor(viewer: StaffActor, ctx: RoundContext): Promise<ResultsAccess> {
  const reach = requireResultsReach(viewer);
  const moderate = actorCan(viewer, 'comments:moderate');
  const area = reach !== 'own-group' && hasArea(viewer) ? await scopedGroups(viewer, ctx) : null;
  const inArea = area ?? new Set(ctx.visibility.groups.map((g) => g.groupId));
  switch (reach) {
    case 'all':
      return { reach, total: area === null, groupIds: inArea, area, shownOnly: false, heatmap: true, moderate };
    case 'above-threshold': {
      const shown = new Set([...inArea].filter((id) => listingVerdicts(ctx).view({ groupId: id, alone: false })?.verdict === 'shown'));
      return { reach, total: area === null, groupIds: shown, area, shownOnly: true, heatmap: true, moderate };
    }
    case 'subtree':
      return { reach, total: false, groupIds: area ?? new Set(), area, shownOnly: false, heatmap: true, moderate };
    case 'own-group':
      return { reach, total: false, groupIds: await ownGroup(viewer, ctx), area: null, shownOnly: false, heatmap: false, moderate };
  }
}

/** Whether the viewer may open this view at all (not whether it has figures: that is the rule's verdict). */
export function mayOpen(access: ResultsAccess, ctx: RoundContext, ref: ViewRef): boolean {
  if (ref.groupId === null ? !access.total : !access.groupIds.has(ref.groupId)) return false;
  if (!access.shownOnly) return true;
  return listingVerdicts(ctx).view(ref)?.verdict === 'shown';
}

/** The view the dashboard opens with: the organisation if the viewer may see it, else their first group. */
export function defaultView(access: ResultsAccess, ctx: RoundContext): ViewRef | null {
  if (access.total) return { groupId: null, alone: false };
  const first = ctx.visibility.groups.find((g) => access.groupIds.has(g.groupId));
  return first ? { groupId: first.groupId, alone: false } : null;
}
