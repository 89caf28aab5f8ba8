import { getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Comparison } from '@/lib/results/comparison';
import type { Figures } from '@/lib/results/figures';
import { itemRows, stepLabels } from './chart-rows';
import { DialogueQuestions } from './DialogueQuestions';
import { DistributionChart } from './DistributionChart';

const STEPS = ['1', '2', '3', '4', '5'];

/**
 * Strains and resources side by side, theme by theme, each bar showing the distribution; the
 * theme's dialogue questions beside its items.
 */
export async function ThemeCharts({ figures, comparison, questionnaire, locale }: { figures: Figures; comparison: Comparison | null; questionnaire: QuestionnaireVersion; locale: Locale }) {
  const t = await getTranslations('results');
  const factorTheme = new Map([...leaderWellbeingModel.strains, ...leaderWellbeingModel.resources].map((f) => [f.key, f.themeKey]));
  const strainSteps = stepLabels(questionnaire.scaleLabels.strain, locale, STEPS);
  const resourceSteps = stepLabels(questionnaire.scaleLabels.resource, locale, STEPS);
  const changeTitle = comparison ? t('change.column', { round: comparison.roundName }) : undefined;
  return (
    <section aria-labelledby="themes-title" className="space-y-4">
      <div>
        <h2 id="themes-title" className="text-xl font-semibold">
          {t('themes.title')}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">{t('themes.lead')}</p>
      </div>
      {leaderWellbeingModel.themes.map((theme) => {
        const strains = figures.strains.filter((i) => factorTheme.get(i.factorKey) === theme.key);
        const resources = figures.resources.filter((i) => factorTheme.get(i.factorKey) === theme.key);
        if (strains.length === 0 && resources.length === 0) return null;
        return (
          <article key={theme.key} aria-labelledby={`theme-${theme.key}`} className="rounded-xl border border-stone-200 bg-white p-6">
            <h3 id={`theme-${theme.key}`} className="text-lg font-semibold">
              {theme.title[locale]}
            </h3>
            <details className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">
              <summary className="cursor-pointer underline underline-offset-4">{t('themes.about')}</summary>
              <p className="mt-1">{theme.explanation[locale]}</p>
            </details>
            <div className="mt-4 grid gap-6 md:grid-cols-2">
              {strains.length > 0 ? (
                <DistributionChart title={t('themes.strains')} rows={itemRows(strains, questionnaire, locale, comparison?.items)} stepLabels={strainSteps} tone="strain" {...(changeTitle ? { changeTitle } : {})} />
              ) : (
                <p className="text-sm text-[var(--color-muted)]">{t('themes.noStrains')}</p>
              )}
              <DistributionChart title={t('themes.resources')} rows={itemRows(resources, questionnaire, locale, comparison?.items)} stepLabels={resourceSteps} tone="resource" {...(changeTitle ? { changeTitle } : {})} />
              <div className="md:col-span-2">
                <DialogueQuestions title={t('themes.questionsTitle')} questions={theme.questions} locale={locale} />
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
