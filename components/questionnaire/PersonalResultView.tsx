import { cardClass } from '@/components/ui/card-class';
import { getTranslations } from 'next-intl/server';
import { getFactor, leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { BalanceNumberNote } from '@/components/balance/BalanceNumberNote';
import { BalanceScale } from '@/components/balance/BalanceScale';
import { QuestionText } from '@/components/model/DialogueByKind';
import { tiltOf } from '@/lib/domains/balance/balance';
import { formatMean } from '@/lib/platform/format/numbers';
import type { PersonalResult, WeighedItem } from '@/lib/domains/responses/personal-result';

interface PersonalResultViewProps {
  locale: Locale;
  questionnaire: QuestionnaireVersion;
  result: PersonalResult;
  questionnaireHref: string;
  csvHref: string;
}

function formatBalance(value: number, locale: Locale): string {
  const text = formatMean(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** The leader's own "Vægten" right after answering, with the seed's reflection questions. */
export async function PersonalResultView({ locale, questionnaire, result, questionnaireHref, csvHref }: PersonalResultViewProps) {
  const t = await getTranslations({ locale, namespace: 'result' });
  const ts = await getTranslations({ locale, namespace: 'scale' });
  const itemText = (key: string) => questionnaire.items.find((i) => i.key === key)?.text[locale] ?? key;
  const weights = (items: WeighedItem[]) => items.map((i) => ({ key: i.key, label: `${getFactor(i.factorKey)?.title[locale] ?? ''} – ${itemText(i.key)}`, weight: i.value }));
  const balance = result.balance?.balance ?? null;
  const tilt = balance === null ? 'none' : tiltOf(balance);
  const list = (items: WeighedItem[]) => (
    <ul className="mt-2 list-disc space-y-1 pl-5">
      {items.map((i) => (
        <li key={i.key}>
          {itemText(i.key)} <span className="text-[var(--color-muted)]">({t('valueOf', { value: i.value })})</span>
        </li>
      ))}
    </ul>
  );
  return (
    <article className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-lg text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      <section aria-labelledby="own-scale" className="grid items-center gap-8 md:grid-cols-2">
        <h2 id="own-scale" className="sr-only">
          {ts('label')}
        </h2>
        <div>
          <BalanceScale
            strains={weights(result.strains)}
            resources={weights(result.resources)}
            balance={balance}
            labels={{
              title: ts('label'),
              strainsSide: ts('strainsSide'),
              resourcesSide: ts('resourcesSide'),
              tilt: ts('tilt', { tilt }),
              ...(balance === null ? {} : { value: ts('balanceValue', { value: formatBalance(balance, locale) }) }),
            }}
          />
          <BalanceNumberNote className="mt-3" />
        </div>
        <div className="space-y-6">
          <div>
            <h3 className="font-semibold text-[var(--color-strain)]">{t('heaviestStrains')}</h3>
            {result.heaviestStrains.length > 0 ? list(result.heaviestStrains) : <p className="mt-2 text-[var(--color-muted)]">{t('noHeavyStrains')}</p>}
          </div>
          <div>
            <h3 className="font-semibold text-[var(--color-resource)]">{t('weakestResources')}</h3>
            {result.weakestResources.length > 0 ? list(result.weakestResources) : <p className="mt-2 text-[var(--color-muted)]">{t('noWeakResources')}</p>}
          </div>
        </div>
      </section>
      <section aria-labelledby="reflect" className={cardClass}>
        <h2 id="reflect" className="text-xl font-semibold">
          {t('reflectTitle')}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {leaderWellbeingModel.personalReflectionQuestions.map((q) => (
            <li key={q.key}>
              <QuestionText question={q} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tools" className="space-y-3">
        <h2 id="tools" className="text-xl font-semibold">
          {t('toolsTitle')}
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {leaderWellbeingModel.followUpTools.map((tool) => (
            <li key={tool.key} className="rounded-card border border-border bg-surface shadow-card p-5">
              <h3 className="font-semibold">{tool.title[locale]}</h3>
              <p className="mt-1 text-sm text-[var(--color-muted)]">{tool.summary[locale]}</p>
            </li>
          ))}
        </ol>
      </section>
      <nav aria-label={t('actionsLabel')} className="flex flex-wrap gap-3">
        {/* A plain link: the questionnaire is no Next.js page (decision 0016), so neither a prefetch nor a client-side navigation has anything to fetch. */}
        <a href={questionnaireHref} className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 py-2 hover:bg-stone-50">
          {t('changeAnswers')}
        </a>
        <a href={csvHref} className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 py-2 hover:bg-stone-50" download>
          {t('downloadCsv')}
        </a>
      </nav>
    </article>
  );
}
