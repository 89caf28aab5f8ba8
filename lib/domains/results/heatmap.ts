import 'server-only';
import { mayOpen, type ResultsAccess } from './access';
import type { PublishedParticipation } from './participation';
import type { RoundContext } from './round-context';
import { resultsForViews, type HiddenReason } from './views';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

interface HeatmapColumnBase {
  key: string;
  groupId: string | null;
  name: string | null;
  depth: number;
  participation: PublishedParticipation;
  /**
   * Names of the groups left out as this very column: the same leaders (a top group holding the
   * whole organisation, a group whose only leaders sit in one subgroup), hence the same figures.
   */
  same: string[];
}

/** A group's column: item means when shown; otherwise the reason and the counts the rule lets show, and nothing else. */
export type HeatmapColumn = HeatmapColumnBase & ({ suppressed: true; reason: HiddenReason } | { suppressed: false; balance: number | null; means: Record<string, number> });

export interface Heatmap {
  columns: HeatmapColumn[];
  threshold: number;
  /** Set when the organisation is too large to show every group at once: the columns then are the focus group and the levels just below it. */
  focus: { groupName: string | null; levels: number; shown: number; total: number } | null;
}

/**
 * Up to this many groups the heatmap shows them all. A region's thousand groups would make 26,000
 * cells and 10 MB of page that nobody can read in a meeting (bench/results/latest.md), so beyond
 * it the heatmap shows the chosen group and the FOCUS_LEVELS levels below it.
 */
export const HEATMAP_ALL_GROUPS_UP_TO = 60;
const FOCUS_LEVELS = 2;

/** Groups × items over the groups the viewer may open (MED/AMO: shown groups only), in one SQL pass. */
export async function heatmapFor(ctx: RoundContext, access: ResultsAccess, focusGroupId: string | null = null): Promise<Heatmap> {
  const refs: { ref: ViewRef; name: string | null; depth: number }[] = [];
  if (mayOpen(access, ctx, { groupId: null, alone: false })) refs.push({ ref: { groupId: null, alone: false }, name: null, depth: 0 });
  const offset = refs.length;
  const open = ctx.visibility.groups.filter((group) => mayOpen(access, ctx, { groupId: group.groupId, alone: false }));
  const focused = open.length > HEATMAP_ALL_GROUPS_UP_TO ? focusOn(ctx, open, focusGroupId) : null;
  for (const group of focused?.groups ?? open) refs.push({ ref: { groupId: group.groupId, alone: false }, name: group.name, depth: group.depth + offset });
  const results = await resultsForViews(
    ctx,
    refs.map((r) => r.ref),
  );
  const columns: HeatmapColumn[] = [];
  const kept: { column: HeatmapColumn; ids: Set<string>; invited: number; responded: number }[] = [];
  for (const { ref, name, depth } of refs) {
    const state = ctx.visibility.view(ref)!;
    const ids = ctx.visibility.groupIdsOf(ref);
    const result = results.get(state.key)!;
    // The same people as a column already shown: one is inside the other and they count the same
    // invitations and answers. Shown twice it reads as two groups that happen to agree.
    const twin = kept.find((k) => k.invited === state.invited && k.responded === state.responded && k.column.suppressed === result.suppressed && ids.every((id) => k.ids.has(id)));
    if (twin) {
      twin.column.same.push(name ?? '');
      continue;
    }
    const base = { key: result.key, groupId: ref.groupId, name, depth, participation: result.participation, same: [] };
    let column: HeatmapColumn;
    if (result.suppressed) column = { ...base, suppressed: true, reason: result.reason };
    else {
      const means = Object.fromEntries([...result.figures.strains, ...result.figures.resources].map((i) => [i.key, i.mean]));
      column = { ...base, suppressed: false, balance: result.figures.balance, means };
    }
    columns.push(column);
    kept.push({ column, ids: new Set(ids), invited: state.invited, responded: state.responded });
  }
  const focus = focused ? { groupName: focused.name, levels: FOCUS_LEVELS, shown: focused.groups.length, total: open.length } : null;
  return { columns, threshold: ctx.round.anonymityThreshold, focus };
}

type OpenGroup = RoundContext['visibility']['groups'][number];

/** The focus group (or the top of the tree) and the groups at most FOCUS_LEVELS below it. */
function focusOn(ctx: RoundContext, open: OpenGroup[], focusGroupId: string | null): { name: string | null; groups: OpenGroup[] } {
  const byId = new Map(ctx.visibility.groups.map((g) => [g.groupId, g]));
  const focus = focusGroupId ? byId.get(focusGroupId) : undefined;
  const levelsBelow = (group: OpenGroup): number | null => {
    let steps = 0;
    for (let g: OpenGroup | undefined = group; g; g = g.parentGroupId ? byId.get(g.parentGroupId) : undefined, steps++) {
      if (focus && g.groupId === focus.groupId) return steps;
    }
    return focus ? null : group.depth + 1;
  };
  const groups = open.filter((group) => {
    const below = levelsBelow(group);
    return below !== null && below <= FOCUS_LEVELS;
  });
  return { name: focus?.name ?? null, groups };
}
