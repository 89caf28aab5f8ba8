import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Figures } from '@/lib/domains/results/figures';
import { relationRows, stepLabels } from './chart-rows';
import { DistributionChart } from './DistributionChart';

/**
 * The group's six relations (−2…+2), each with its distribution — on the dashboard's relations
 * panel and on the workshop's relations slide alike. Named by a heading (`labelledBy`) or, where
 * no heading says the same, by its own caption (`title`).
 */
export function RelationsChart({ figures, questionnaire, locale, ...name }: { figures: Figures; questionnaire: QuestionnaireVersion; locale: Locale } & ({ labelledBy: string } | { title: string })) {
  return (
    <DistributionChart
      {...name}
      rows={relationRows(figures.relations, questionnaire, locale)}
      stepLabels={stepLabels(questionnaire.relationScaleLabels, locale, ['−2', '−1', '0', '+1', '+2'])}
      tone="diverging"
      locale={locale}
      signed
    />
  );
}
