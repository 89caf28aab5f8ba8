import { getFactor } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { formatMean } from '@/lib/platform/format/numbers';
import type { Figures, ItemFigure } from '@/lib/domains/results/figures';
import { translatorFor } from '@/lib/platform/i18n/translator';

export interface FactorMean {
  factorKey: string;
  title: string;
  mean: number;
}

/** Each factor's mean over its items (every item answered by the same people, so a plain mean). */
export function factorMeans(items: readonly ItemFigure[], locale: Locale): FactorMean[] {
  const byFactor = new Map<string, number[]>();
  for (const item of items) byFactor.set(item.factorKey, [...(byFactor.get(item.factorKey) ?? []), item.mean]);
  return [...byFactor].map(([factorKey, means]) => ({
    factorKey,
    title: getFactor(factorKey)?.title[locale] ?? factorKey,
    mean: means.reduce((a, b) => a + b, 0) / means.length,
  }));
}

const SHOWN = 2;

/**
 * A starting point for "description and assessment of the problems found": the group's two
 * heaviest strains and two weakest resources, with their means. It is only a suggestion in
 * the empty field — HR and the group write the assessment (nature, severity, extent, causes).
 * A group without figures gets no suggestion: there is nothing it may be built from.
 */
export function problemsSuggestion(figures: Figures | null, locale: Locale): string {
  if (!figures) return '';
  const t = translatorFor(locale);
  const list = (factors: FactorMean[]) => factors.map((f) => `${f.title} (${formatMean(f.mean, locale)})`).join(', ');
  const heaviest = factorMeans(figures.strains, locale)
    .sort((a, b) => b.mean - a.mean)
    .slice(0, SHOWN);
  const weakest = factorMeans(figures.resources, locale)
    .sort((a, b) => a.mean - b.mean)
    .slice(0, SHOWN);
  const lines = [t('apv.suggestion.intro')];
  if (heaviest.length > 0) lines.push(t('apv.suggestion.strains', { list: list(heaviest) }));
  if (weakest.length > 0) lines.push(t('apv.suggestion.resources', { list: list(weakest) }));
  lines.push(t('apv.suggestion.assess'));
  return lines.join('\n');
}
