'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/content/types';
import { formatMean, formatPercent, formatSigned } from '@/lib/platform/format/numbers';

export interface DistributionRow {
  key: string;
  /** The item's short label from content/ ("Krydspres: mål vs ressourcer"): what the chart's rows are called. */
  shortLabel: string;
  /** The full question: one tap away under the short label, and in the table. */
  label: string;
  n: number;
  mean: number;
  sd: number;
  /** Answers per step, lowest first. */
  distribution: number[];
  /** Change of the mean since the previous round, when both rounds show it. */
  change?: number | null;
}

export type ChartTone = 'strain' | 'resource' | 'diverging';

const palettes: Record<ChartTone, string[]> = {
  // Light to dark: a deeper shade is a higher step. The legend, the segments' titles and the table say it in words too.
  strain: ['#fed7aa', '#fdba74', '#f97316', '#c2410c', '#7c2d12'],
  resource: ['#99f6e4', '#5eead4', '#14b8a6', '#0f766e', '#134e4a'],
  diverging: ['#9a3412', '#fdba74', '#d6d3d1', '#5eead4', '#115e59'],
};

interface Props {
  /** The figure's caption; leave it out when a heading right above says the same and pass its id as `labelledBy`. */
  title?: string;
  labelledBy?: string;
  rows: DistributionRow[];
  /** The five steps' meanings, lowest first, e.g. "1 – weighs on me very little". */
  stepLabels: string[];
  tone: ChartTone;
  locale: Locale;
  changeTitle?: string;
  /** A −2…+2 scale (the relations): its mean leans one way or the other and carries its sign, like a balance. */
  signed?: boolean;
}

/**
 * Each question as one bar split by how many answered each step: the spread is visible at a
 * glance, not only the mean ("is the balance evenly spread in the group?"). Plain HTML rather
 * than an SVG chart library, so a row reflows at any width: the short label and the mean above
 * a full-width bar, never an axis squeezing the bars to nothing on a phone. The short label opens
 * the full question (a disclosure: hover, tap and keyboard alike); the exact numbers are in a table.
 *
 * A client component although it has no state: rendered on the server all the same, its RSC
 * payload is then these props rather than every bar segment, cell and class of the markup
 * twice over — about 7 kB less per chart on the dashboard (decision 0019).
 */
export function DistributionChart({ title, labelledBy, rows, stepLabels, tone, locale, changeTitle, signed = false }: Props) {
  const t = useTranslations('results.chart');
  const colours = palettes[tone];
  const mean = (value: number) => (signed ? formatSigned(value, locale) : formatMean(value, locale));
  const captionId = `chart-${tone}-${rows.map((r) => r.key).join('-')}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <figure aria-labelledby={labelledBy ?? `${captionId}-caption`} className="min-w-0 space-y-3" data-testid="distribution-chart">
      {title ? (
        <figcaption id={`${captionId}-caption`} className="font-semibold">
          {title}
        </figcaption>
      ) : null}
      <ul className="space-y-3">
        {rows.map((row) => {
          const total = row.distribution.reduce((a, b) => a + b, 0) || 1;
          return (
            <li key={row.key} className="text-sm" data-testid="chart-row">
              <div className="flex items-start justify-between gap-3">
                <details className="group min-w-0 flex-1">
                  <summary className="cursor-pointer list-none rounded-sm [&::-webkit-details-marker]:hidden" title={row.label} data-testid="chart-label">
                    <span className="underline decoration-stone-400 decoration-dotted underline-offset-4 group-open:decoration-solid">{row.shortLabel}</span>
                  </summary>
                  <p className="mt-1 text-xs text-[var(--color-muted)]">{row.label}</p>
                </details>
                <span className="shrink-0 font-semibold tabular-nums" data-testid="chart-value">
                  <span className="sr-only">{t('mean')} </span>
                  {mean(row.mean)}
                </span>
              </div>
              <p className="sr-only">{t('summary', { label: row.shortLabel, mean: mean(row.mean), sd: formatMean(row.sd, locale), n: row.n })}</p>
              <div aria-hidden="true" className="mt-1 flex h-4 w-full overflow-hidden rounded-sm bg-stone-100">
                {row.distribution.map((count, step) =>
                  count === 0 ? null : (
                    <span
                      key={step}
                      className="h-full"
                      style={{ width: `${(100 * count) / total}%`, backgroundColor: colours[step] }}
                      title={`${stepLabels[step] ?? ''}: ${t('share', { count, percent: formatPercent((100 * count) / total, locale) })}`}
                    />
                  ),
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {/* Legend text in ink, not in the series colour: the lightest shades would be unreadable. */}
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label={t('legend')}>
        {stepLabels.map((label, step) => (
          <li key={step} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm border border-stone-300" style={{ backgroundColor: colours[step] }} />
            {label}
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer underline underline-offset-4">{t('showNumbers')}</summary>
        <div className="mt-2 overflow-x-auto" role="region" aria-label={title ? `${t('showNumbers')}: ${title}` : t('showNumbers')} tabIndex={0}>
          {/* Cell padding and alignment once for the table, not on each of its ~250 cells (page weight, decision 0019). */}
          <table className="min-w-full border-collapse text-left [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t('item')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {t('mean')}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {t('sd')}
                </th>
                {stepLabels.map((label, step) => (
                  <th key={step} scope="col" className="py-1 pr-3 text-right font-medium" title={label}>
                    {t('step', { step: label.split(' ')[0] ?? String(step + 1) })}
                  </th>
                ))}
                {changeTitle ? (
                  <th scope="col" className="py-1 text-right font-medium">
                    {changeTitle}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-stone-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <span className="block font-medium">{row.shortLabel}</span>
                    <span className="block text-xs text-[var(--color-muted)]">{row.label}</span>
                  </th>
                  <td className="pr-3">{mean(row.mean)}</td>
                  <td className="pr-3">{formatMean(row.sd, locale)}</td>
                  {row.distribution.map((count, step) => (
                    <td key={step} className="pr-3">
                      {count}
                    </td>
                  ))}
                  {changeTitle ? <td>{row.change === null || row.change === undefined ? '–' : formatSigned(row.change, locale)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
