import { staffRoute } from '@/lib/edges/api/staff-route';
import { heatmapSlice } from '@/lib/domains/results/heatmap-slice';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { heatmapSliceQuerySchema } from '@/lib/domains/results/schemas';

/** A slice of the dashboard's heatmap (its columns from…from+count), fetched by the page after it has arrived. */
export const GET = staffRoute<typeof heatmapSliceQuerySchema, undefined, { roundId: string }>(
  { permission: resultsReadPermissions, query: heatmapSliceQuerySchema },
  async ({ actor, params, query }) => heatmapSlice(actor, params.roundId, { groupId: query.group, alone: query.alone }, { from: query.from, count: query.count }),
);
