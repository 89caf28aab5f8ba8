import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getQuestionnaire } from '@/content/questionnaires';
import type { Locale, ScaleItem } from '@/content/types';
import type { TrendPoint } from '@/lib/domains/results/trend';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';

/**
 * Every item asked in any of the rounds, newest questionnaire first so its wording names the
 * row; an item a round did not ask is "not asked" there, never a zero (rounds on different
 * questionnaire versions share only some items).
 */
function itemsAcross(points: readonly TrendPoint[]): { item: ScaleItem; versions: Set<string> }[] {
  const versions = [...new Set(points.map((p) => p.questionnaireVersion))].reverse();
  const rows = new Map<string, { item: ScaleItem; versions: Set<string> }>();
  for (const version of versions) {
    for (const item of getQuestionnaire(version)?.items ?? []) {
      const row = rows.get(item.key) ?? { item, versions: new Set<string>() };
      row.versions.add(version);
      rows.set(item.key, row);
    }
  }
  return [...rows.values()];
}

const cell = 'border-b border-stone-200 p-2 text-right tabular-nums';
const rowHeader = 'sticky left-0 z-10 border-b border-stone-200 bg-white p-2 text-left font-normal shadow-[1px_0_0_var(--color-stone-200,#e7e5e4)]';

/**
 * The accessible alternative to the chart: rounds as columns, measures as rows. A hidden round
 * is one cell spanning the figures with its reason in words — no number, not even a count.
 */
export async function TrendTable({ points, groupName, locale }: { points: readonly TrendPoint[]; groupName: string; locale: Locale }) {
  const t = await getTranslations('trend');
  const items = itemsAcross(points);
  const figureRows = 4 + items.length + 2;
  const hidden = (point: Extract<TrendPoint, { suppressed: true }>, first: boolean): ReactNode =>
    first ? (
      <td
        key={point.roundId}
        rowSpan={figureRows}
        className="border-b border-stone-200 bg-stone-50 p-3 text-center align-top text-sm text-[var(--color-muted)]"
        data-testid="trend-hidden"
        data-reason={point.reason}
      >
        {t(`hidden.${point.reason}`)}
      </td>
    ) : null;
  const row = (label: ReactNode, value: (point: Extract<TrendPoint, { suppressed: false }>) => ReactNode, first = false, key?: string) => (
    <tr key={key}>
      <th scope="row" className={rowHeader}>
        {label}
      </th>
      {points.map((point) =>
        point.suppressed ? (
          hidden(point, first)
        ) : (
          <td key={point.roundId} className={cell}>
            {value(point)}
          </td>
        ),
      )}
    </tr>
  );
  const mean = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatMean(value, locale));
  const itemRows = (side: 'strain' | 'resource') =>
    items
      .filter(({ item }) => item.side === side)
      .map(({ item, versions }) =>
        row(
          <span title={item.text[locale]}>{item.shortLabel[locale]}</span>,
          (point) =>
            versions.has(point.questionnaireVersion) ? (
              mean(point.items[item.key])
            ) : (
              <span title={t('table.notAsked')}>
                <span aria-hidden="true">{t('table.notAskedShort')}</span>
                <span className="sr-only">{t('table.notAsked')}</span>
              </span>
            ),
          false,
          item.key,
        ),
      );
  const sectionRow = (label: string) => (
    <tr>
      <th scope="row" className={`${rowHeader} bg-stone-50 pt-4 font-semibold`}>
        {label}
      </th>
      {points.map((point) => (point.suppressed ? null : <td key={point.roundId} className="border-b border-stone-200 bg-stone-50" />))}
    </tr>
  );
  return (
    <section aria-labelledby="trend-table-title" className="space-y-3">
      <h2 id="trend-table-title" className="text-xl font-semibold">
        {t('table.title')}
      </h2>
      <div role="region" aria-labelledby="trend-table-title" tabIndex={0} className="overflow-x-auto overscroll-x-contain rounded-md border border-stone-200 bg-white">
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="trend-table">
          <caption className="sr-only">{t('table.caption', { name: groupName })}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${rowHeader} border-stone-300 font-medium`}>
                {t('table.measure')}
              </th>
              {points.map((point) => (
                <th key={point.roundId} scope="col" className="min-w-28 border-b border-stone-300 p-2 text-right align-bottom font-semibold">
                  {point.roundName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={rowHeader}>
                {t('table.groupName')}
              </th>
              {points.map((point) => (
                <td key={point.roundId} className="border-b border-stone-200 p-2 text-right">
                  {point.groupName}
                </td>
              ))}
            </tr>
            {row(t('table.responded'), (point) => point.responded, true)}
            {row(t('table.balance'), (point) => (point.balance === null ? '–' : formatSigned(point.balance, locale)))}
            {row(t('table.strain'), (point) => mean(point.strainMean))}
            {row(t('table.resource'), (point) => mean(point.resourceMean))}
            {sectionRow(t('table.strainItems'))}
            {itemRows('strain')}
            {sectionRow(t('table.resourceItems'))}
            {itemRows('resource')}
          </tbody>
        </table>
      </div>
      {points.some((p) => p.suppressed) ? <p className="max-w-3xl text-sm text-[var(--color-muted)]">{t('hidden.explain')}</p> : null}
    </section>
  );
}
