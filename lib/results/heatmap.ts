import 'server-only';
import type { Verdict } from '@/lib/anonymity/suppression';
import { mayOpen, type ResultsAccess } from './access';
import type { RoundContext } from './round-context';
import { resultsForViews } from './views';
import type { ViewRef } from './view-keys';

interface HeatmapColumnBase {
  key: string;
  groupId: string | null;
  name: string | null;
  depth: number;
  invited: number;
  responded: number;
}

/** A group's column: item means when shown; otherwise counts and the reason, and nothing else. */
export type HeatmapColumn = HeatmapColumnBase &
  ({ suppressed: true; reason: Exclude<Verdict, 'shown'> } | { suppressed: false; balance: number | null; means: Record<string, number> });

export interface Heatmap {
  columns: HeatmapColumn[];
}

/** Groups × items over every group the viewer may open (MED/AMO: shown groups only), in one SQL pass. */
export async function heatmapFor(ctx: RoundContext, access: ResultsAccess): Promise<Heatmap> {
  const refs: { ref: ViewRef; name: string | null; depth: number }[] = [];
  if (mayOpen(access, ctx, { groupId: null, alone: false })) refs.push({ ref: { groupId: null, alone: false }, name: null, depth: 0 });
  const offset = refs.length;
  for (const group of ctx.visibility.groups) {
    const ref = { groupId: group.groupId, alone: false };
    if (mayOpen(access, ctx, ref)) refs.push({ ref, name: group.name, depth: group.depth + offset });
  }
  const results = await resultsForViews(
    ctx,
    refs.map((r) => r.ref),
  );
  const columns = refs.map(({ ref, name, depth }): HeatmapColumn => {
    const result = results.get(ctx.visibility.view(ref)!.key)!;
    const base = { key: result.key, groupId: ref.groupId, name, depth, invited: result.invited, responded: result.responded };
    if (result.suppressed) return { ...base, suppressed: true, reason: result.reason };
    const means = Object.fromEntries([...result.figures.strains, ...result.figures.resources].map((i) => [i.key, i.mean]));
    return { ...base, suppressed: false, balance: result.figures.balance, means };
  });
  return { columns };
}
