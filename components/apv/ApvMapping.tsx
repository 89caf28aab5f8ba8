import { cardClass } from '@/components/ui/Card';
import { getTranslations } from 'next-intl/server';
import { BalancePanel } from '@/components/results/BalancePanel';
import { SuppressedNotice } from '@/components/results/SuppressedNotice';
import { ThemeCharts } from '@/components/results/ThemeCharts';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import type { ViewResult } from '@/lib/domains/results/views';

/**
 * (a) The mapping: method, questionnaire version and participation (as far as the anonymity rule lets it show), then the group's results
 * exactly as the dashboard shows them — the balance and the items, or the notice alone.
 */
export async function ApvMapping({ result, questionnaire, threshold, locale }: { result: ViewResult; questionnaire: QuestionnaireVersion; threshold: number; locale: Locale }) {
  const t = await getTranslations('apv.sections.mapping');
  const all = await getTranslations();
  const p = result.participation;
  return (
    <div className="space-y-6">
      <section aria-labelledby="apv-mapping-title" className={cardClass}>
        <h2 id="apv-mapping-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('method')}</p>
        <p className="mt-1">{t('version', { version: questionnaire.version, model: questionnaire.modelVersion })}</p>
        <p className="mt-1 font-medium" data-testid="apv-participation">
          {p.reason === null ? t('participation', { responded: p.responded, invited: p.invited, rate: p.responseRate }) : `${hiddenCountsText(all, p, threshold)}.`}
        </p>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t('threshold', { threshold })}</p>
      </section>
      {result.suppressed ? (
        <SuppressedNotice reason={result.reason} participation={result.participation} threshold={threshold} />
      ) : (
        <>
          <BalancePanel figures={result.figures} comparison={null} questionnaire={questionnaire} locale={locale} />
          <ThemeCharts figures={result.figures} comparison={null} questionnaire={questionnaire} locale={locale} />
        </>
      )}
    </div>
  );
}
