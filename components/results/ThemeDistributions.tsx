import { getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Comparison } from '@/lib/domains/results/comparison';
import type { Figures } from '@/lib/domains/results/figures';
import { itemRows, stepLabels } from './chart-rows';
import { DistributionChart } from './DistributionChart';

const STEPS = ['1', '2', '3', '4', '5'];

const factorTheme = new Map([...leaderWellbeingModel.strains, ...leaderWellbeingModel.resources].map((f) => [f.key, f.themeKey]));

/** A theme's items from the view's figures; empty when the questionnaire asks nothing under it. */
export function themeItems(figures: Figures, themeKey: string) {
  return {
    strains: figures.strains.filter((i) => factorTheme.get(i.factorKey) === themeKey),
    resources: figures.resources.filter((i) => factorTheme.get(i.factorKey) === themeKey),
  };
}

/**
 * One theme's strains and resources side by side, each bar showing the distribution — on the
 * dashboard and in the workshop alike.
 */
export async function ThemeDistributions({
  themeKey,
  figures,
  comparison,
  questionnaire,
  locale,
}: {
  themeKey: string;
  figures: Figures;
  comparison: Comparison | null;
  questionnaire: QuestionnaireVersion;
  locale: Locale;
}) {
  const t = await getTranslations('results');
  const { strains, resources } = themeItems(figures, themeKey);
  const changeTitle = comparison ? t('change.column', { round: comparison.roundName }) : undefined;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {strains.length > 0 ? (
        <DistributionChart
          title={t('themes.strains')}
          rows={itemRows(strains, questionnaire, locale, comparison?.items)}
          stepLabels={stepLabels(questionnaire.scaleLabels.strain, locale, STEPS)}
          tone="strain"
          locale={locale}
          {...(changeTitle ? { changeTitle } : {})}
        />
      ) : (
        <p className="text-sm text-[var(--color-muted)]">{t('themes.noStrains')}</p>
      )}
      <DistributionChart
        title={t('themes.resources')}
        rows={itemRows(resources, questionnaire, locale, comparison?.items)}
        stepLabels={stepLabels(questionnaire.scaleLabels.resource, locale, STEPS)}
        tone="resource"
        locale={locale}
        {...(changeTitle ? { changeTitle } : {})}
      />
    </div>
  );
}
