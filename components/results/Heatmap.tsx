import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Heatmap as HeatmapModel } from '@/lib/domains/results/heatmap';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';

const tones = { strain: [154, 52, 18], resource: [17, 94, 89] } as const;

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * Shade by how the value leans: towards strain (a heavy strain, a scarce resource) in the
 * strain colour, towards resource in the resource colour, stronger further from the middle.
 * The number is always printed, so the colour only repeats it. The tone is mixed with white
 * and the text is black or white, whichever contrasts more (always ≥ 4.5:1).
 */
function lean(side: 'strain' | 'resource', mean: number) {
  const good = side === 'strain' ? 3 - mean : mean - 3;
  return shade(good < 0 ? 'strain' : 'resource', Math.abs(good) / 2);
}

function shade(tone: keyof typeof tones, intensity: number) {
  const a = Math.max(0.06, Math.min(1, intensity)) * 0.85;
  const mixed = tones[tone].map((c) => Math.round(255 + (c - 255) * a));
  const l = luminance(mixed);
  return { backgroundColor: `rgb(${mixed.join(', ')})`, color: 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#fff' : '#000' };
}

/**
 * Groups (columns) × items (rows) for management; a hidden group's column says so in words. The
 * table scrolls inside its card, never the page: the item column and the header row stay put
 * while it scrolls, and group names wrap (never clipped). Items are named by their short label;
 * the full question is one tap away in a disclosure and in the row header's title.
 */
export async function Heatmap({ heatmap, questionnaire, locale, organisationName }: { heatmap: HeatmapModel; questionnaire: QuestionnaireVersion; locale: Locale; organisationName: string }) {
  const t = await getTranslations('results.heatmap');
  const all = await getTranslations();
  const rows = questionnaire.items;
  const bodyRows = rows.length + 1;
  const columnName = (column: HeatmapModel['columns'][number]) => column.name ?? organisationName;
  const merged = heatmap.columns.filter((column) => column.same.length > 0);
  // Sticky cells need an opaque background, and the corner cell must stay above both sticky edges.
  const stickyColumn = 'sticky left-0 z-10 bg-white shadow-[1px_0_0_var(--color-stone-200,#e7e5e4)]';
  return (
    <section aria-labelledby="heatmap-title" className={cn(cardClass, 'min-w-0 p-4 sm:p-6')}>
      <h2 id="heatmap-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">{t('lead')}</p>
      {heatmap.focus ? (
        <p className="mt-2 max-w-3xl rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" data-testid="heatmap-focus">
          {heatmap.focus.groupName
            ? t('focusGroup', { total: heatmap.focus.total, shown: heatmap.focus.shown, group: heatmap.focus.groupName, levels: heatmap.focus.levels })
            : t('focusTop', { total: heatmap.focus.total, shown: heatmap.focus.shown, levels: heatmap.focus.levels })}
        </p>
      ) : null}
      {merged.map((column) => (
        <p key={column.key} className="mt-2 max-w-3xl text-sm" data-testid="heatmap-same">
          {t('same', { groups: column.same.join(', '), count: column.same.length, column: columnName(column) })}
        </p>
      ))}
      <div role="region" aria-labelledby="heatmap-title" tabIndex={0} className="mt-4 max-h-[80vh] overflow-auto overscroll-x-contain rounded-md border border-stone-200" data-testid="heatmap-scroll">
        <table className="border-separate border-spacing-0 text-xs" data-testid="results-heatmap">
          <thead>
            <tr>
              <th scope="col" className={`${stickyColumn} top-0 z-20 border-b border-stone-300 p-2 text-left align-bottom font-medium`}>
                {t('item')}
              </th>
              {heatmap.columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className="sticky top-0 z-[5] w-24 min-w-24 max-w-32 border-b border-stone-300 bg-white p-2 text-left align-bottom font-medium break-words hyphens-auto"
                >
                  <span className="block" style={{ paddingLeft: `${Math.min(column.depth, 4) * 0.25}rem` }}>
                    {columnName(column)}
                  </span>
                  {column.same.length > 0 ? <span className="block font-normal">= {column.same.join(', ')}</span> : null}
                  <span className="block font-normal text-[var(--color-muted)]">
                    {column.participation.reason === null
                      ? t('counts', { responded: column.participation.responded, invited: column.participation.invited })
                      : hiddenCountsText(all, column.participation, heatmap.threshold, 'heatmap')}
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
              {heatmap.columns.map((column) =>
                column.suppressed ? (
                  <td key={column.key} rowSpan={bodyRows} className="border border-dashed border-stone-300 bg-stone-50 p-2 text-center align-top text-stone-700" data-testid="heatmap-suppressed">
                    <span aria-hidden="true">◌ </span>
                    {t(column.reason === 'too-few' ? 'tooFew' : column.reason === 'known-to-you' ? 'knownToYou' : 'suppressed')}
                  </td>
                ) : (
                  <td
                    key={column.key}
                    className="border-b border-stone-300 p-2 text-center font-semibold tabular-nums"
                    style={column.balance === null ? {} : shade(column.balance < 0 ? 'strain' : 'resource', Math.abs(column.balance) / 2)}
                  >
                    {column.balance === null ? '–' : formatSigned(column.balance, locale)}
                  </td>
                ),
              )}
            </tr>
            {rows.map((item) => (
              <tr key={item.key}>
                <th scope="row" className={`${stickyColumn} w-32 min-w-32 max-w-36 p-2 text-left font-normal sm:w-52 sm:min-w-52 sm:max-w-none`} title={item.text[locale]}>
                  <details className="group">
                    <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden" data-testid="heatmap-item">
                      <span aria-hidden="true" className={item.side === 'strain' ? 'text-[var(--color-strain)]' : 'text-[var(--color-resource)]'}>
                        {item.side === 'strain' ? '▼ ' : '▲ '}
                      </span>
                      <span className="underline decoration-stone-400 decoration-dotted underline-offset-4">{item.shortLabel[locale]}</span>
                    </summary>
                    <span className="mt-1 block text-[var(--color-muted)]">{item.text[locale]}</span>
                  </details>
                </th>
                {heatmap.columns.map((column) => {
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
    </section>
  );
}
