'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/content/types';
import { QueryProvider } from '@/components/layout/QueryProvider';
import { Button } from '@/components/ui/Button';
import { HeatmapGrid, type HeatmapItem } from './HeatmapGrid';
import { useHeatmapSlices, type HeatmapView } from './heatmap-query';

interface Props {
  view: HeatmapView;
  items: HeatmapItem[];
  locale: Locale;
  organisationName: string;
}

/** The heatmap's table, fetched slice by slice after the page has arrived (issue 19). */
export function HeatmapSlices(props: Props) {
  return (
    <QueryProvider>
      <Slices {...props} />
    </QueryProvider>
  );
}

function Slices({ view, items, locale, organisationName }: Props) {
  const t = useTranslations('heatmapLoad');
  const tHeatmap = useTranslations('results.heatmap');
  const query = useHeatmapSlices(view);

  if (query.isPending) {
    return (
      <div aria-busy="true" className="mt-4" data-testid="heatmap-loading">
        <p role="status" className="text-sm text-[var(--color-muted)]">
          {t('loading')}
        </p>
        <div aria-hidden="true" className="mt-2 h-64 animate-pulse rounded-md bg-stone-200 motion-reduce:animate-none" />
      </div>
    );
  }
  if (query.isError && !query.data) return <Failed onRetry={() => void query.refetch()} />;

  const pages = query.data.pages;
  const { total, focus, threshold } = pages[0]!;
  const columns = pages.flatMap((page) => page.columns);
  if (total === 0) {
    return (
      <p className="mt-4 rounded-md border border-dashed border-stone-300 p-4 text-sm" data-testid="heatmap-empty">
        {t('empty')}
      </p>
    );
  }
  const columnName = (name: string | null) => name ?? organisationName;
  return (
    <>
      {focus ? (
        <p className="mt-2 max-w-3xl rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" data-testid="heatmap-focus">
          {focus.groupName
            ? tHeatmap('focusGroup', { total: focus.total, shown: focus.shown, group: focus.groupName, levels: focus.levels })
            : tHeatmap('focusTop', { total: focus.total, shown: focus.shown, levels: focus.levels })}
        </p>
      ) : null}
      {columns
        .filter((column) => column.same.length > 0)
        .map((column) => (
          <p key={column.key} className="mt-2 max-w-3xl text-sm" data-testid="heatmap-same">
            {tHeatmap('same', { groups: column.same.join(', '), count: column.same.length, column: columnName(column.name) })}
          </p>
        ))}
      <HeatmapGrid columns={columns} items={items} threshold={threshold} locale={locale} organisationName={organisationName} />
      {query.isFetchNextPageError ? (
        <Failed onRetry={() => void query.fetchNextPage()} />
      ) : query.hasNextPage ? (
        <p role="status" className="mt-2 text-sm text-[var(--color-muted)]" data-testid="heatmap-more">
          {t('more', { shown: columns.length, total })}
        </p>
      ) : null}
    </>
  );
}

function Failed({ onRetry }: { onRetry: () => void }) {
  const t = useTranslations('heatmapLoad');
  return (
    <div role="alert" className="mt-4 flex flex-wrap items-center gap-3 rounded-md border border-red-200 bg-red-50 p-4 text-sm" data-testid="heatmap-error">
      <p>{t('error')}</p>
      <Button variant="secondary" size="sm" onClick={onRetry}>
        {t('retry')}
      </Button>
    </div>
  );
}
