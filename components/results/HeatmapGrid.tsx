'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/content/types';
import type { HeatmapColumn } from '@/lib/domains/results/heatmap';
import { hiddenCountsReason } from '@/lib/domains/results/participation';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { balanceShade, lean } from './heatmap-colours';

/** A questionnaire item as the heatmap names it, in the page's language. */
export interface HeatmapItem {
  key: string;
  side: 'strain' | 'resource';
  shortLabel: string;
  text: string;
}

// Sticky cells need an opaque background, and the corner cell must stay above both sticky edges.
const stickyColumn = 'sticky left-0 z-10 bg-white shadow-[1px_0_0_var(--color-stone-200,#e7e5e4)]';

/**
 * Groups (columns) × items (rows); a hidden group's column says so in words. The table scrolls
 * inside its card, never the page: the item column and the header row stay put while it
 * scrolls, and group names wrap (never clipped). Items are named by their short label; the full
 * question is one tap away in a disclosure and in the row header's title.
 */
export function HeatmapGrid({ columns, items, threshold, locale, organisationName }: { columns: HeatmapColumn[]; items: HeatmapItem[]; threshold: number; locale: Locale; organisationName: string }) {
  const t = useTranslations('results.heatmap');
  const tHidden = useTranslations('participation.heatmap');
  const bodyRows = items.length + 1;
  return (
    <div role="region" aria-labelledby="heatmap-title" tabIndex={0} className="mt-4 max-h-[80vh] overflow-auto overscroll-x-contain rounded-md border border-stone-200" data-testid="heatmap-scroll">
      <table className="border-separate border-spacing-0 text-xs" data-testid="results-heatmap">
        <thead>
          <tr>
            <th scope="col" className={`${stickyColumn} top-0 z-20 border-b border-stone-300 p-2 text-left align-bottom font-medium`}>
              {t('item')}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="sticky top-0 z-[5] w-24 min-w-24 max-w-32 border-b border-stone-300 bg-white p-2 text-left align-bottom font-medium break-words hyphens-auto">
                <span className="block" style={{ paddingLeft: `${Math.min(column.depth, 4) * 0.25}rem` }}>
                  {column.name ?? organisationName}
                </span>
                {column.same.length > 0 ? <span className="block font-normal">= {column.same.join(', ')}</span> : null}
                <span className="block font-normal text-[var(--color-muted)]">
                  {column.participation.reason === null
                    ? t('counts', { responded: column.participation.responded, invited: column.participation.invited })
                    : tHidden(hiddenCountsReason(column.participation), { threshold })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className={`${stickyColumn} border-b border-stone-300 p-2 text-left font-semibold`}>
              {t('balance')}
            </th>
            {columns.map((column) =>
              column.suppressed ? (
                <td key={column.key} rowSpan={bodyRows} className="border border-dashed border-stone-300 bg-stone-50 p-2 text-center align-top text-stone-700" data-testid="heatmap-suppressed">
                  <span aria-hidden="true">◌ </span>
                  {t(column.reason === 'too-few' ? 'tooFew' : column.reason === 'known-to-you' ? 'knownToYou' : 'suppressed')}
                </td>
              ) : (
                <td key={column.key} className="border-b border-stone-300 p-2 text-center font-semibold tabular-nums" style={column.balance === null ? {} : balanceShade(column.balance)}>
                  {column.balance === null ? '–' : formatSigned(column.balance, locale)}
                </td>
              ),
            )}
          </tr>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row" className={`${stickyColumn} w-32 min-w-32 max-w-36 p-2 text-left font-normal sm:w-52 sm:min-w-52 sm:max-w-none`} title={item.text}>
                <details className="group">
                  <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden" data-testid="heatmap-item">
                    <span aria-hidden="true" className={item.side === 'strain' ? 'text-[var(--color-strain)]' : 'text-[var(--color-resource)]'}>
                      {item.side === 'strain' ? '▼ ' : '▲ '}
                    </span>
                    <span className="underline decoration-stone-400 decoration-dotted underline-offset-4">{item.shortLabel}</span>
                  </summary>
                  <span className="mt-1 block text-[var(--color-muted)]">{item.text}</span>
                </details>
              </th>
              {columns.map((column) => {
                if (column.suppressed) return null;
                const mean = column.means[item.key];
                return (
                  <td key={column.key} className="p-2 text-center tabular-nums" style={mean === undefined ? {} : lean(item.side, mean)}>
                    {mean === undefined ? '–' : formatMean(mean, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
