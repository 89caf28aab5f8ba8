import { getFactor } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { ItemFigure, RelationFigure } from '@/lib/domains/results/figures';
import type { DistributionRow } from './DistributionChart';

/** Chart rows for items: the factor's name on the axis (numbered within the factor), the question in full elsewhere. */
export function itemRows(items: readonly ItemFigure[], questionnaire: QuestionnaireVersion, locale: Locale, changes?: Record<string, number>): DistributionRow[] {
  return items.map((item) => {
    const siblings = questionnaire.items.filter((i) => i.factorKey === item.factorKey);
    const number = siblings.findIndex((i) => i.key === item.key) + 1;
    const factor = getFactor(item.factorKey)?.title[locale] ?? item.factorKey;
    const text = questionnaire.items.find((i) => i.key === item.key)?.text[locale] ?? item.key;
    return {
      key: item.key,
      shortLabel: siblings.length > 1 ? `${factor} (${number})` : factor,
      label: `${factor}: ${text}`,
      n: item.n,
      mean: item.mean,
      sd: item.sd,
      distribution: [...item.distribution],
      ...(changes ? { change: changes[item.key] ?? null } : {}),
    };
  });
}

export function relationRows(relations: readonly RelationFigure[], questionnaire: QuestionnaireVersion, locale: Locale, titles: Record<string, string>): DistributionRow[] {
  return relations.map((relation) => ({
    key: relation.key,
    shortLabel: titles[relation.relation] ?? relation.relation,
    label: questionnaire.relations.find((r) => r.key === relation.key)?.text[locale] ?? relation.key,
    n: relation.n,
    mean: relation.mean,
    sd: relation.sd,
    distribution: [...relation.distribution],
  }));
}

/** "1 – Weighs on me very little" … for the legend, lowest step first. */
export function stepLabels(labels: readonly { da: string; en: string }[], locale: Locale, steps: readonly string[]): string[] {
  return labels.map((label, index) => `${steps[index]} – ${label[locale]}`);
}
