import { getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Figures } from '@/lib/domains/results/figures';
import { relationRows, stepLabels } from './chart-rows';
import { DistributionChart } from './DistributionChart';

/** The six relations (−2…+2) and the overall-balance question, each with its distribution. */
export async function RelationsPanel({ figures, questionnaire, locale }: { figures: Figures; questionnaire: QuestionnaireVersion; locale: Locale }) {
  const t = await getTranslations('results');
  const titles = Object.fromEntries(leaderWellbeingModel.relations.map((r) => [r.key, r.title[locale]]));
  const overall = figures.overall;
  return (
    <section aria-labelledby="relations-title" className="grid gap-6 rounded-xl border border-stone-200 bg-white p-6 lg:grid-cols-2">
      <div>
        <h2 id="relations-title" className="text-xl font-semibold">
          {t('relations.title')}
        </h2>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t('relations.lead')}</p>
        <DistributionChart
          title={t('relations.title')}
          rows={relationRows(figures.relations, questionnaire, locale, titles)}
          stepLabels={stepLabels(questionnaire.relationScaleLabels, locale, ['−2', '−1', '0', '+1', '+2'])}
          tone="diverging"
        />
      </div>
      {overall ? (
        <div>
          <h2 className="text-xl font-semibold">{t('overall.title')}</h2>
          <p className="mt-1 text-sm text-[var(--color-muted)]">{questionnaire.overall.text[locale]}</p>
          <DistributionChart
            title={t('overall.title')}
            rows={[
              {
                key: questionnaire.overall.key,
                shortLabel: t('overall.title'),
                label: questionnaire.overall.text[locale],
                n: overall.n,
                mean: overall.mean,
                sd: overall.sd,
                distribution: [...overall.distribution],
              },
            ]}
            stepLabels={stepLabels(questionnaire.overall.labels, locale, ['1', '2', '3', '4', '5'])}
            tone="diverging"
          />
        </div>
      ) : null}
    </section>
  );
}
