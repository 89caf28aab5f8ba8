import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { BalanceNumberNote } from '@/components/balance/BalanceNumberNote';
import { getFactor, leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { tiltOf } from '@/lib/domains/balance/balance';
import type { Comparison } from '@/lib/domains/results/comparison';
import type { Figures, ItemFigure } from '@/lib/domains/results/figures';
import { DialogueQuestions } from './DialogueQuestions';
import { GroupScaleFigure } from './GroupScaleFigure';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';

/** The view's balance scale: each item's mean is a block in its pan, with the two sides' means in words below. */
export async function GroupBalanceScale({ figures, questionnaire, locale }: { figures: Figures; questionnaire: QuestionnaireVersion; locale: Locale }) {
  const t = await getTranslations('results');
  const ts = await getTranslations('scale');
  const weights = (items: ItemFigure[]) =>
    items.map((item) => ({
      key: item.key,
      label: `${getFactor(item.factorKey)?.title[locale] ?? item.factorKey} – ${questionnaire.items.find((i) => i.key === item.key)?.text[locale] ?? item.key}`,
      weight: item.mean,
      weightText: formatMean(item.mean, locale),
    }));
  const { balance } = figures;
  return (
    <>
      <GroupScaleFigure
        strains={weights(figures.strains)}
        resources={weights(figures.resources)}
        balance={balance}
        labels={{
          title: ts('label'),
          strainsSide: ts('strainsSide'),
          resourcesSide: ts('resourcesSide'),
          tilt: ts('tilt', { tilt: balance === null ? 'none' : tiltOf(balance) }),
          ...(balance === null ? {} : { value: ts('balanceValue', { value: formatSigned(balance, locale) }) }),
        }}
      />
      {figures.strainMean !== null && figures.resourceMean !== null ? (
        <p className="mt-2 text-center text-sm text-[var(--color-muted)]">
          {t('balance.sideMeans', { strain: formatMean(figures.strainMean, locale), resource: formatMean(figures.resourceMean, locale) })}
        </p>
      ) : null}
    </>
  );
}

/** "Vægten" for the view with the change since the previous round; the summary dialogue beside it. */
export async function BalancePanel({
  figures,
  comparison,
  questionnaire,
  locale,
  besideChange,
}: {
  figures: Figures;
  comparison: Comparison | null;
  questionnaire: QuestionnaireVersion;
  locale: Locale;
  besideChange?: ReactNode;
}) {
  const t = await getTranslations('results');
  return (
    <section aria-labelledby="balance-title" className={cn(cardClass, 'grid min-w-0 gap-6 p-4 sm:p-6 lg:grid-cols-[3fr_2fr]')}>
      <div>
        <h2 id="balance-title" className="text-xl font-semibold">
          {t('balance.title')}
        </h2>
        <GroupBalanceScale figures={figures} questionnaire={questionnaire} locale={locale} />
        <BalanceNumberNote className="mt-3" />
        {comparison ? (
          <div className="mt-4 rounded-lg border border-stone-200 p-3 text-sm" data-testid="results-change">
            <h3 className="font-semibold">{t('change.title', { round: comparison.roundName })}</h3>
            <ul className="mt-1 flex flex-wrap gap-x-4">
              {comparison.balance !== null ? <li>{t('change.balance', { delta: formatSigned(comparison.balance, locale) })}</li> : null}
              {comparison.strainMean !== null ? <li>{t('change.strain', { delta: formatSigned(comparison.strainMean, locale) })}</li> : null}
              {comparison.resourceMean !== null ? <li>{t('change.resource', { delta: formatSigned(comparison.resourceMean, locale) })}</li> : null}
            </ul>
            {comparison.sharedItemsOnly ? <p className="mt-1 text-xs text-[var(--color-muted)]">{t('change.sharedItemsOnly', { count: comparison.sharedItemsOnly.shared })}</p> : null}
          </div>
        ) : (
          <p className="mt-4 text-xs text-[var(--color-muted)]">{t('change.none')}</p>
        )}
        {besideChange}
      </div>
      <DialogueQuestions title={t('balance.questionsTitle')} questions={leaderWellbeingModel.summaryQuestions} locale={locale} />
    </section>
  );
}
