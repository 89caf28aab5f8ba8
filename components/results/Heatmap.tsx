import { getTranslations } from 'next-intl/server';
import { getFactor } from '@/content/leader-wellbeing';
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

/** Groups (columns) × items (rows) for management; a hidden group's column says so in words. */
export async function Heatmap({ heatmap, questionnaire, locale, organisationName }: { heatmap: HeatmapModel; questionnaire: QuestionnaireVersion; locale: Locale; organisationName: string }) {
  const t = await getTranslations('results.heatmap');
  const all = await getTranslations();
  const rows = questionnaire.items;
  const numbered = (key: string, factorKey: string) => {
    const siblings = rows.filter((i) => i.factorKey === factorKey);
    const factor = getFactor(factorKey)?.title[locale] ?? factorKey;
    return siblings.length > 1 ? `${factor} (${siblings.findIndex((i) => i.key === key) + 1})` : factor;
  };
  const bodyRows = rows.length + 1;
  return (
    <section aria-labelledby="heatmap-title" className="rounded-xl border border-stone-200 bg-white p-6">
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
      <div role="region" aria-labelledby="heatmap-title" tabIndex={0} className="mt-4 overflow-x-auto">
        <table className="border-collapse text-xs" data-testid="results-heatmap">
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white p-2 text-left font-medium">
                {t('item')}
              </th>
              {heatmap.columns.map((column) => (
                <th key={column.key} scope="col" className="min-w-20 p-2 text-left align-bottom font-medium">
                  <span className="block" style={{ paddingLeft: `${column.depth * 0.3}rem` }}>
                    {column.name ?? organisationName}
                  </span>
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
            <tr className="border-b border-stone-300">
              <th scope="row" className="sticky left-0 bg-white p-2 text-left font-semibold">
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
                    className="p-2 text-center font-semibold tabular-nums"
                    style={column.balance === null ? {} : shade(column.balance < 0 ? 'strain' : 'resource', Math.abs(column.balance) / 2)}
                  >
                    {column.balance === null ? '–' : formatSigned(column.balance, locale)}
                  </td>
                ),
              )}
            </tr>
            {rows.map((item) => (
              <tr key={item.key}>
                <th scope="row" className="sticky left-0 min-w-44 bg-white p-2 text-left font-normal">
                  <span aria-hidden="true" className={item.side === 'strain' ? 'text-[var(--color-strain)]' : 'text-[var(--color-resource)]'}>
                    {item.side === 'strain' ? '▼ ' : '▲ '}
                  </span>
                  {numbered(item.key, item.factorKey)}
                  <span className="sr-only">: {item.text[locale]}</span>
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
