import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { ItemFigure, RelationFigure } from '@/lib/domains/results/figures';
import type { DistributionRow } from './DistributionChart';

/** Chart rows for items: the item's short label from content/ on the chart, the question in full one tap away. */
export function itemRows(items: readonly ItemFigure[], questionnaire: QuestionnaireVersion, locale: Locale, changes?: Record<string, number>): DistributionRow[] {
  return items.map((item) => {
    const content = questionnaire.items.find((i) => i.key === item.key);
    return {
      key: item.key,
      shortLabel: content?.shortLabel[locale] ?? item.key,
      label: content?.text[locale] ?? item.key,
      n: item.n,
      mean: item.mean,
      sd: item.sd,
      distribution: [...item.distribution],
      ...(changes ? { change: changes[item.key] ?? null } : {}),
    };
  });
}

export function relationRows(relations: readonly RelationFigure[], questionnaire: QuestionnaireVersion, locale: Locale): DistributionRow[] {
  return relations.map((relation) => {
    const content = questionnaire.relations.find((r) => r.key === relation.key);
    return {
      key: relation.key,
      shortLabel: content?.shortLabel[locale] ?? relation.key,
      label: content?.text[locale] ?? relation.key,
      n: relation.n,
      mean: relation.mean,
      sd: relation.sd,
      distribution: [...relation.distribution],
    };
  });
}

/** "1 – Weighs on me very little" … for the legend, lowest step first. */
export function stepLabels(labels: readonly { da: string; en: string }[], locale: Locale, steps: readonly string[]): string[] {
  return labels.map((label, index) => `${steps[index]} – ${label[locale]}`);
}
