import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { HeatmapSlice } from '@/lib/domains/results/heatmap-slice';

/** Columns per request: the first slice arrives quickly, the rest follow one after another. */
export const HEATMAP_SLICE_COLUMNS = 20;

export interface HeatmapView {
  orgSlug: string;
  roundId: string;
  groupId: string | null;
  alone: boolean;
}

/** The route's answer was not a slice: its status says whether trying again can help. */
export class HeatmapFetchError extends Error {
  constructor(readonly status: number) {
    super(`The heatmap answered ${status}`);
  }
}

async function fetchSlice(view: HeatmapView, from: number, signal: AbortSignal): Promise<HeatmapSlice> {
  const search = new URLSearchParams({ from: String(from), count: String(HEATMAP_SLICE_COLUMNS) });
  if (view.groupId) search.set('group', view.groupId);
  if (view.alone) search.set('alone', '1');
  const response = await fetch(`/${view.orgSlug}/results/${view.roundId}/heatmap?${search}`, { cache: 'no-store', signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new HeatmapFetchError(response.status);
  return (await response.json()) as HeatmapSlice;
}

/**
 * Every slice of the view's heatmap, fetched one after another as soon as the previous one has
 * arrived. A 403 or 404 is not retried (the answer will not change); anything else once.
 */
export function useHeatmapSlices(view: HeatmapView) {
  const query = useInfiniteQuery({
    queryKey: ['heatmap', view.orgSlug, view.roundId, view.groupId, view.alone],
    queryFn: ({ pageParam, signal }) => fetchSlice(view, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.from + last.columns.length < last.total && last.columns.length > 0 ? last.from + last.columns.length : undefined),
    retry: (failures, error) => !(error instanceof HeatmapFetchError && error.status < 500 && error.status !== 429) && failures < 1,
  });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  return query;
}
