import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Figures } from '@/lib/domains/results/figures';
import { stepLabels } from './chart-rows';
import { DistributionChart } from './DistributionChart';
import { RelationsChart } from './RelationsChart';

/**
 * The six relations (−2…+2) and the overall-balance question, each with its distribution. Each
 * chart is named by the heading above it, not by a caption repeating it.
 */
export async function RelationsPanel({ figures, questionnaire, locale }: { figures: Figures; questionnaire: QuestionnaireVersion; locale: Locale }) {
  const t = await getTranslations('results');
  const overall = figures.overall;
  return (
    <section aria-labelledby="relations-title" className={cn(cardClass, 'grid gap-6 p-4 sm:p-6 lg:grid-cols-2')}>
      <div className="min-w-0">
        <h2 id="relations-title" className="text-xl font-semibold">
          {t('relations.title')}
        </h2>
        <p className="mt-1 mb-3 text-sm text-[var(--color-muted)]">{t('relations.lead')}</p>
        <RelationsChart labelledBy="relations-title" figures={figures} questionnaire={questionnaire} locale={locale} />
      </div>
      {overall ? (
        <div className="min-w-0">
          <h2 id="overall-title" className="text-xl font-semibold">
            {t('overall.title')}
          </h2>
          <p className="mt-1 mb-3 text-sm text-[var(--color-muted)]">{questionnaire.overall.text[locale]}</p>
          <DistributionChart
            labelledBy="overall-title"
            rows={[
              {
                key: questionnaire.overall.key,
                shortLabel: questionnaire.overall.shortLabel[locale],
                label: questionnaire.overall.text[locale],
                n: overall.n,
                mean: overall.mean,
                sd: overall.sd,
                distribution: [...overall.distribution],
              },
            ]}
            stepLabels={stepLabels(questionnaire.overall.labels, locale, ['1', '2', '3', '4', '5'])}
            tone="diverging"
            locale={locale}
          />
        </div>
      ) : null}
    </section>
  );
}
