import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import type { RoundStatus } from '@/lib/generated/prisma/enums';
import { notFound } from '@/lib/platform/errors';
import { defaultView, mayOpen, visibleGroupsFor, type ResultsAccess } from './access';
import { recordResultsViewed } from './audit';
import { commentsFor, commentsWithheldBelow, type ModeratedComment, type PublishedComment } from './comments';
import { compareWithPrevious, type Comparison } from './comparison';
import { heatmapFor, type Heatmap } from './heatmap';
import type { PublishedParticipation, ShownParticipation } from './participation';
import { loadRoundContext, type RoundContext } from './round-context';
import { resultsForView, type ViewResult } from './views';
import { cachedViewResult } from './closed-round-cache';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import type { ViewVerdict } from '@/lib/domains/anonymity/visibility';

export interface PickerEntry {
  groupId: string | null;
  /** null for the organisation (the page names it). */
  name: string | null;
  depth: number;
  /** The group above it in the round's tree; null at the top (and for the organisation). */
  parentGroupId: string | null;
  /** Its counts, as far as the rule lets them show — while the round is open too. */
  participation: PublishedParticipation;
  /** Whether its figures show (meaningful once the round is closed). */
  verdict: ViewVerdict;
  /** The group on its own, for a group with groups below it that the viewer may open that way. */
  alone: { verdict: ViewVerdict; participation: PublishedParticipation } | null;
}

export interface DashboardModel {
  round: { id: string; name: string; status: RoundStatus; opensAt: Date; closesAt: Date; threshold: number; questionnaireVersion: string };
  selected: { ref: ViewRef; name: string | null; hasChildren: boolean; participation: PublishedParticipation };
  picker: PickerEntry[];
  /** While the round is open: how many of the whole round answered (always shown), and no figures. */
  progress: Omit<ShownParticipation, 'reason'> | null;
  result: ViewResult | null;
  comparison: Comparison | null;
  heatmap: Heatmap | null;
  comments: PublishedComment[] | ModeratedComment[] | null;
  /** The comment threshold, when the view shows figures but too few answered for its comments; else null. */
  commentsWithheld: number | null;
  canModerate: boolean;
}

function picker(ctx: RoundContext, access: ResultsAccess): PickerEntry[] {
  const entries: PickerEntry[] = [];
  if (mayOpen(access, ctx, { groupId: null, alone: false })) {
    const total = ctx.visibility.view({ groupId: null, alone: false })!;
    entries.push({ groupId: null, name: null, depth: 0, parentGroupId: null, participation: ctx.participation.total(), verdict: total.verdict, alone: null });
  }
  const offset = entries.length;
  for (const group of ctx.visibility.groups) {
    const ref = { groupId: group.groupId, alone: false };
    if (!mayOpen(access, ctx, ref)) continue;
    const state = ctx.visibility.view(ref)!;
    const aloneRef = { groupId: group.groupId, alone: true };
    const alone = group.childIds.length > 0 && mayOpen(access, ctx, aloneRef) ? ctx.visibility.view(aloneRef)! : null;
    entries.push({
      groupId: group.groupId,
      name: group.name,
      depth: group.depth + offset,
      parentGroupId: group.parentGroupId,
      participation: ctx.participation.of(ref)!,
      verdict: state.verdict,
      alone: alone ? { verdict: alone.verdict, participation: ctx.participation.of(aloneRef)! } : null,
    });
  }
  return entries;
}

export interface OpenedDashboard {
  viewer: StaffActor;
  ctx: RoundContext;
  access: ResultsAccess;
  ref: ViewRef;
  now: Date;
}

/**
 * The cheap half of a dashboard request: the round, the viewer's access and the view they
 * asked for. A round, group or view the viewer may not open is a 404, the same as one that
 * does not exist — decided here, before anything is streamed, so the page can answer 404.
 */
export async function openResultsDashboard(viewer: StaffActor, roundId: string, requested: { groupId?: string | undefined; alone?: boolean }, now = new Date()): Promise<OpenedDashboard> {
  const ctx = await loadRoundContext(viewer, roundId, now);
  if (!ctx) throw notFound();
  const access = await visibleGroupsFor(viewer, ctx);
  const ref = requested.groupId ? ctx.visibility.view({ groupId: requested.groupId, alone: requested.alone ?? false })?.ref : defaultView(access, ctx);
  if (!ref || !mayOpen(access, ctx, ref)) throw notFound();
  return { viewer, ctx, access, ref, now };
}

function totalCounts(ctx: RoundContext): Omit<ShownParticipation, 'reason'> {
  const { invited, responded, responseRate } = ctx.participation.total();
  return { invited, responded, responseRate };
}

export type DashboardFrame = Pick<DashboardModel, 'round' | 'selected' | 'picker' | 'progress' | 'canModerate'>;

/** What the page shows around the figures: the round, the group tree with verdicts, the view's counts. */
export function dashboardFrame({ ctx, access, ref }: OpenedDashboard): DashboardFrame {
  const group = ref.groupId ? ctx.visibility.group(ref.groupId)! : null;
  const { round } = ctx;
  return {
    round: {
      id: round.id,
      name: round.name,
      status: ctx.status,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      threshold: round.anonymityThreshold,
      questionnaireVersion: round.questionnaireVersion,
    },
    selected: {
      ref,
      name: group?.name ?? null,
      hasChildren: (group?.childIds.length ?? 0) > 0,
      participation: ctx.participation.of(ref)!,
    },
    picker: picker(ctx, access),
    progress: ctx.figuresAvailable ? null : totalCounts(ctx),
    canModerate: access.moderate,
  };
}

export type DashboardFigures = Pick<DashboardModel, 'result' | 'comparison' | 'comments' | 'commentsWithheld'>;

/**
 * The expensive half: the view's figures, the comments and the change — and the audit entry. The
 * heatmap is not among them: the page fetches it in slices after it has arrived (heatmap-slice.ts).
 */
export async function dashboardFigures({ viewer, ctx, access, ref, now }: OpenedDashboard): Promise<DashboardFigures> {
  if (!ctx.figuresAvailable) return { result: null, comparison: null, comments: null, commentsWithheld: null };
  const [{ result }, comments] = await Promise.all([
    // The chosen view's figures: the same cached computation as the API's, under the same keys.
    cachedViewResult(ctx, access, ref, async () => (await resultsForView(ctx, ref))!),
    commentsFor(ctx, ref, { moderate: access.moderate }),
  ]);
  const comparison = await compareWithPrevious(ctx, ref, result, now);
  await recordResultsViewed(viewer, { roundId: ctx.round.id, view: result.key, channel: 'page' }, now);
  return { result, comparison, comments, commentsWithheld: commentsWithheldBelow(ctx, ref) };
}

/** Whether the dashboard of this view has a heatmap card (its table then comes from heatmapSlice). */
export function showsHeatmap({ ctx, access }: OpenedDashboard): boolean {
  return access.heatmap && ctx.figuresAvailable;
}

/**
 * Everything the dashboard of one round shows for one view, for one viewer — through the
 * anonymity rule and the access rule, and audited — the heatmap included, whole.
 */
export async function getResultsDashboard(viewer: StaffActor, roundId: string, requested: { groupId?: string | undefined; alone?: boolean }, options: { now?: Date } = {}): Promise<DashboardModel> {
  const opened = await openResultsDashboard(viewer, roundId, requested, options.now ?? new Date());
  const heatmap = showsHeatmap(opened) ? await heatmapFor(opened.ctx, opened.access, opened.ref.groupId) : null;
  return { ...dashboardFrame(opened), ...(await dashboardFigures(opened)), heatmap };
}
