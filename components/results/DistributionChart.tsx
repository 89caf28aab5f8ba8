'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface DistributionRow {
  key: string;
  /** Short name on the axis, e.g. "Krydspres (1)". */
  shortLabel: string;
  /** The full question, in the tooltip and the table. */
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
  // Light to dark: a deeper shade is a higher step. The legend, tooltip and table say it in words too.
  strain: ['#fed7aa', '#fdba74', '#f97316', '#c2410c', '#7c2d12'],
  resource: ['#99f6e4', '#5eead4', '#14b8a6', '#0f766e', '#134e4a'],
  diverging: ['#9a3412', '#fdba74', '#d6d3d1', '#5eead4', '#115e59'],
};

interface Props {
  title: string;
  rows: DistributionRow[];
  /** The five steps' meanings, lowest first, e.g. "1 – weighs on me very little". */
  stepLabels: string[];
  tone: ChartTone;
  changeTitle?: string;
}

/**
 * Each question as one bar split by how many answered each step: the spread is visible at a
 * glance, not only the mean ("is the balance evenly spread in the group?"). The same numbers
 * are in a table for screen readers and for anyone who wants them exactly.
 */
export function DistributionChart({ title, rows, stepLabels, tone, changeTitle }: Props) {
  const t = useTranslations('results.chart');
  const format = useFormatter();
  const id = useId();
  const one = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const data = rows.map((row) => {
    const total = row.distribution.reduce((a, b) => a + b, 0) || 1;
    return {
      name: `${row.shortLabel} · ${one(row.mean)}`,
      label: row.label,
      ...Object.fromEntries(row.distribution.map((count, step) => [`s${step}`, (100 * count) / total])),
      ...Object.fromEntries(row.distribution.map((count, step) => [`c${step}`, count])),
    };
  });
  const colours = palettes[tone];
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <ul className="sr-only">
        {rows.map((row) => (
          <li key={row.key}>{t('summary', { label: row.label, mean: one(row.mean), sd: one(row.sd), n: row.n })}</li>
        ))}
      </ul>
      <div aria-hidden="true">
        <BarChart responsive accessibilityLayer={false} layout="vertical" data={data} style={{ width: '100%', height: 90 + rows.length * 44 }} margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v} %`} fontSize={12} />
          <YAxis type="category" dataKey="name" width={190} fontSize={12} interval={0} />
          <Tooltip
            formatter={(value, name, item) => {
              const step = Number(String(name).slice(1));
              const count = (item.payload as Record<string, number>)[`c${step}`] ?? 0;
              return [t('share', { count, percent: Math.round(Number(value)) }), stepLabels[step] ?? ''];
            }}
            labelFormatter={(_, payload) => (payload?.[0]?.payload as { label?: string } | undefined)?.label ?? ''}
          />
          {/* Legend text in ink, not in the series colour: the lightest shades would be unreadable. */}
          <Legend formatter={(value: string) => <span style={{ color: '#1c1917' }}>{stepLabels[Number(value.slice(1))] ?? value}</span>} wrapperStyle={{ fontSize: 12 }} />
          {colours.map((colour, step) => (
            <Bar key={step} dataKey={`s${step}`} stackId="steps" fill={colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer underline underline-offset-4">{t('showNumbers')}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
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
                    {row.label}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{one(row.mean)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{one(row.sd)}</td>
                  {row.distribution.map((count, step) => (
                    <td key={step} className="py-1 pr-3 text-right tabular-nums">
                      {count}
                    </td>
                  ))}
                  {changeTitle ? <td className="py-1 text-right tabular-nums">{row.change === null || row.change === undefined ? '–' : signed(row.change)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
