import type { Locale, Localized, QuestionnaireVersion } from '@/content/types';
import type { ItemFigure, RelationFigure } from '@/lib/domains/results/figures';
import type { DistributionRow } from './DistributionChart';

type Figure = Pick<ItemFigure, 'key' | 'n' | 'mean' | 'sd' | 'distribution'>;
type Wording = { shortLabel: Localized; text: Localized };

/** One chart row: the short label from content/ on the chart, the question in full one tap away. */
function rowOf(figure: Figure, content: Wording | undefined, locale: Locale): DistributionRow {
  return {
    key: figure.key,
    shortLabel: content?.shortLabel[locale] ?? figure.key,
    label: content?.text[locale] ?? figure.key,
    n: figure.n,
    mean: figure.mean,
    sd: figure.sd,
    distribution: [...figure.distribution],
  };
}

export function itemRows(items: readonly ItemFigure[], questionnaire: QuestionnaireVersion, locale: Locale, changes?: Record<string, number>): DistributionRow[] {
  return items.map((item) => {
    const row = rowOf(
      item,
      questionnaire.items.find((i) => i.key === item.key),
      locale,
    );
    return changes ? { ...row, change: changes[item.key] ?? null } : row;
  });
}

export function relationRows(relations: readonly RelationFigure[], questionnaire: QuestionnaireVersion, locale: Locale): DistributionRow[] {
  return relations.map((relation) =>
    rowOf(
      relation,
      questionnaire.relations.find((r) => r.key === relation.key),
      locale,
    ),
  );
}

/** "1 – Weighs on me very little" … for the legend, lowest step first. */
export function stepLabels(labels: readonly { da: string; en: string }[], locale: Locale, steps: readonly string[]): string[] {
  return labels.map((label, index) => `${steps[index]} – ${label[locale]}`);
}
