import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import type { TrendPoint } from '@/lib/domains/results/trend';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';

type Value = (point: TrendPoint) => number | null;

interface Series {
  key: 'balance' | 'strain' | 'resource';
  label: string;
  colour: string;
  /** A dash pattern as well as a colour, so the lines differ without colour too. */
  dash?: string;
  value: Value;
  format: (value: number) => string;
}

const valueOf =
  (field: 'balance' | 'strainMean' | 'resourceMean'): Value =>
  (point) =>
    point.suppressed ? null : point[field];

/** The runs of consecutive rounds with a value: a hidden round breaks the line instead of being bridged. */
function segments(points: readonly TrendPoint[], value: Value): { index: number; value: number }[][] {
  const out: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  points.forEach((point, index) => {
    const v = value(point);
    if (v === null) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push({ index, value: v });
  });
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * One panel: lines drawn in an SVG stretched to the panel (strokes do not scale), while dots,
 * values and labels are HTML placed by percentage, so text keeps its size on a phone. No chart
 * library: the result charts are plain HTML (see the commit that dropped recharts), and this one
 * needs no JavaScript either.
 */
function Panel({
  points,
  series,
  domain,
  tick,
  axisLabel,
  gapLabel,
  zero,
}: {
  points: readonly TrendPoint[];
  series: Series[];
  domain: [number, number];
  tick: (value: number) => string;
  axisLabel: string;
  gapLabel: string;
  zero?: boolean;
}) {
  const [low, high] = domain;
  const x = (index: number) => ((index + 0.5) / points.length) * 100;
  const y = (value: number) => ((high - value) / (high - low)) * 100;
  return (
    <div>
      <p className="mb-1 text-xs text-[var(--color-muted)]">{axisLabel}</p>
      <div className="relative h-40 rounded-md border border-stone-200 bg-white">
        {points.map((point, index) =>
          point.suppressed ? (
            <div
              key={point.roundId}
              className="absolute inset-y-0 flex items-center justify-center border-x border-dashed border-stone-300 bg-stone-100 px-1"
              style={{ left: `${(index / points.length) * 100}%`, width: `${100 / points.length}%` }}
              data-testid="trend-gap"
            >
              <span className="text-center text-xs leading-tight text-[var(--color-muted)]">{gapLabel}</span>
            </div>
          ) : null,
        )}
        <span className="absolute top-1 left-1 text-[11px] leading-none text-[var(--color-muted)]">{tick(high)}</span>
        <span className="absolute bottom-1 left-1 text-[11px] leading-none text-[var(--color-muted)]">{tick(low)}</span>
        <svg className="absolute inset-0 size-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          {zero && low < 0 && high > 0 ? <line x1="0" x2="100" y1={y(0)} y2={y(0)} stroke="#a8a29e" strokeWidth="1" vectorEffect="non-scaling-stroke" /> : null}
          {series.flatMap((s) =>
            segments(points, s.value)
              .filter((run) => run.length > 1)
              .map((run) => (
                <polyline
                  key={`${s.key}-${run[0]!.index}`}
                  data-series={s.key}
                  points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
                  fill="none"
                  stroke={s.colour}
                  strokeWidth="2.5"
                  strokeDasharray={s.dash}
                  vectorEffect="non-scaling-stroke"
                />
              )),
          )}
        </svg>
        {series.flatMap((s) =>
          points.map((point, index) => {
            const v = s.value(point);
            if (v === null) return null;
            return (
              <span
                key={`${s.key}-${point.roundId}`}
                className="absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white"
                style={{ left: `${x(index)}%`, top: `${y(v)}%`, backgroundColor: s.colour }}
                title={`${s.label}: ${s.format(v)}`}
              />
            );
          }),
        )}
      </div>
    </div>
  );
}

/**
 * The balance and the two sides' means across the rounds, as lines with a gap where a round
 * shows no figures for the group. The chart is a picture for sighted readers; the table below
 * carries every number, so the figure points screen readers to it.
 */
export async function TrendChart({ points, locale }: { points: readonly TrendPoint[]; locale: Locale }) {
  const t = await getTranslations('trend.chart');
  const sides: Series[] = [
    { key: 'strain', label: t('strain'), colour: '#c2410c', dash: '6 4', value: valueOf('strainMean'), format: (v) => formatMean(v, locale) },
    { key: 'resource', label: t('resource'), colour: '#0f766e', value: valueOf('resourceMean'), format: (v) => formatMean(v, locale) },
  ];
  const balance: Series = { key: 'balance', label: t('balance'), colour: '#44403c', value: valueOf('balance'), format: (v) => formatSigned(v, locale) };
  const shown = points.flatMap((p) => (p.suppressed || p.balance === null ? [] : [p.balance]));
  const reach = Math.max(2, Math.ceil(Math.max(0, ...shown.map(Math.abs))));
  const legend = [balance, ...sides];
  return (
    <figure aria-labelledby="trend-chart-title" className="space-y-3" data-testid="trend-chart">
      <figcaption>
        <h2 id="trend-chart-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t('summary', { count: points.length })}</p>
      </figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {legend.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <svg width="28" height="8" viewBox="0 0 28 8">
              <line x1="0" x2="28" y1="4" y2="4" stroke={s.colour} strokeWidth="2.5" strokeDasharray={s.dash} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <div aria-hidden="true" className="space-y-4">
        <Panel points={points} series={[balance]} domain={[-reach, reach]} tick={(v) => formatSigned(v, locale)} axisLabel={t('balanceAxis')} gapLabel={t('gap')} zero />
        <Panel points={points} series={sides} domain={[1, 5]} tick={(v) => String(v)} axisLabel={t('sidesAxis')} gapLabel={t('gap')} />
        <ol className="grid text-center text-xs" style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }}>
          {points.map((point) => (
            <li key={point.roundId} className="px-1 [overflow-wrap:anywhere]">
              {point.roundName}
            </li>
          ))}
        </ol>
      </div>
      {points.some((p) => p.suppressed) ? <p className="text-sm text-[var(--color-muted)]">{t('gapNote')}</p> : null}
    </figure>
  );
}
