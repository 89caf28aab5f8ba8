import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion, Theme } from '@/content/types';
import type { Comparison } from '@/lib/domains/results/comparison';
import type { Figures } from '@/lib/domains/results/figures';
import { DialogueQuestions } from './DialogueQuestions';
import { ThemeDistributions, themeItems } from './ThemeDistributions';

/**
 * Strains and resources side by side, theme by theme, each bar showing the distribution; the
 * theme's dialogue questions beside its items, and (when given) a way to act on the chart.
 */
export async function ThemeCharts({
  figures,
  comparison,
  questionnaire,
  locale,
  themeAction,
}: {
  figures: Figures;
  comparison: Comparison | null;
  questionnaire: QuestionnaireVersion;
  locale: Locale;
  themeAction?: (theme: Theme) => ReactNode;
}) {
  const t = await getTranslations('results');
  return (
    <section aria-labelledby="themes-title" className="space-y-4">
      <div>
        <h2 id="themes-title" className="text-xl font-semibold">
          {t('themes.title')}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">{t('themes.lead')}</p>
        {/* The seed does not assign strains to themes: say that this grouping is ours (issue 17). */}
        <p className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">{t('themes.mapping')}</p>
      </div>
      {leaderWellbeingModel.themes.map((theme) => {
        const { strains, resources } = themeItems(figures, theme.key);
        if (strains.length === 0 && resources.length === 0) return null;
        return (
          <article key={theme.key} aria-labelledby={`theme-${theme.key}`} className={cn(cardClass, 'min-w-0 p-4 sm:p-6')}>
            <h3 id={`theme-${theme.key}`} className="text-lg font-semibold">
              {theme.title[locale]}
            </h3>
            <details className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">
              <summary className="cursor-pointer underline underline-offset-4">{t('themes.about')}</summary>
              <p className="mt-1">{theme.explanation[locale]}</p>
            </details>
            <div className="mt-4 space-y-6">
              <ThemeDistributions themeKey={theme.key} figures={figures} comparison={comparison} questionnaire={questionnaire} locale={locale} />
              <DialogueQuestions title={t('themes.questionsTitle')} questions={theme.questions} locale={locale} />
              {themeAction ? themeAction(theme) : null}
            </div>
          </article>
        );
      })}
    </section>
  );
}
