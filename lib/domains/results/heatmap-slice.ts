import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { viewKeyOf } from '@/lib/domains/anonymity/view-keys';
import { AppError, notFound } from '@/lib/platform/errors';
import { recordResultsViewed } from './audit';
import { cachedHeatmap } from './closed-round-cache';
import { openResultsDashboard, showsHeatmap } from './dashboard';
import { heatmapFor, type Heatmap, type HeatmapColumn } from './heatmap';

/** A range of the heatmap's columns, with what the page needs to word them. */
export interface HeatmapSlice {
  /** How many columns the whole heatmap of this view has. */
  total: number;
  from: number;
  columns: HeatmapColumn[];
  threshold: number;
  focus: Heatmap['focus'];
}

/**
 * Columns [from, from + count) of the heatmap the dashboard of this view shows — fetched by the
 * page after it has arrived (issue 19: the heatmap made the page 0.9 MB). The same door as the
 * page: a round, group or view the viewer may not open is a 404; a viewer without the heatmap (a
 * leader) a 403. Which columns exist is heatmapFor's rule (the focus of a large organisation),
 * what each shows the anonymity rule's; this only cuts the list.
 */
export async function heatmapSlice(
  viewer: StaffActor,
  roundId: string,
  requested: { groupId?: string | undefined; alone?: boolean },
  range: { from: number; count: number },
  now = new Date(),
): Promise<HeatmapSlice> {
  const opened = await openResultsDashboard(viewer, roundId, requested, now);
  const { ctx, access, ref } = opened;
  if (!access.heatmap) throw new AppError('forbidden');
  // While the round is open there are no figures to map (the page says so instead).
  if (!showsHeatmap(opened)) throw notFound();
  const heatmap = await cachedHeatmap(ctx, access, ref.groupId, () => heatmapFor(ctx, access, ref.groupId));
  await recordResultsViewed(viewer, { roundId: ctx.round.id, view: viewKeyOf(ref), channel: 'heatmap' }, now);
  return {
    total: heatmap.columns.length,
    from: range.from,
    columns: heatmap.columns.slice(range.from, range.from + range.count),
    threshold: heatmap.threshold,
    focus: heatmap.focus,
  };
}
