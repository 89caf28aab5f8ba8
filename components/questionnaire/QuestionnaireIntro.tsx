import { dateFormatter } from '@/lib/platform/format/dates';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';

interface QuestionnaireIntroProps {
  locale: Locale;
  organisationName: string;
  roundName: string;
  closesAt: Date;
  threshold: number;
  submitted: boolean;
  resultHref: string;
  /** The only leader invited in their group: what a reader of the database could see is said too (decision 0004). */
  aloneInGroup: boolean;
}

/** Who is asking, why, how long it takes, and exactly who sees what — before the first question. */
export async function QuestionnaireIntro({ locale, organisationName, roundName, closesAt, threshold, submitted, resultHref, aloneInGroup }: QuestionnaireIntroProps) {
  const t = await getTranslations({ locale, namespace: 'questionnaire.intro' });
  const format = dateFormatter(locale);
  const closes = format.dateTime(closesAt, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <header className="space-y-4">
      <p className="text-sm font-medium text-[var(--color-brand)]">{t('askedBy', { organisation: organisationName })}</p>
      <h1 className="text-3xl font-bold">{t('title', { round: roundName })}</h1>
      {submitted ? (
        // A reopened link says first of all that the answers are in, and what changing them does.
        <section aria-labelledby="answered" className="max-w-3xl rounded-xl border-2 border-[var(--color-resource)] bg-[var(--color-resource-soft)] p-4 sm:p-5">
          <h2 id="answered" className="text-xl font-semibold">
            {t('answeredTitle')}
          </h2>
          <p className="mt-1">{t('answeredText', { date: closes })}</p>
          <Link href={resultHref} className="mt-1 inline-flex min-h-11 items-center font-medium underline underline-offset-2">
            {t('seeResult')}
          </Link>
        </section>
      ) : null}
      <p className="max-w-3xl text-lg">{t('why')}</p>
      <p className="max-w-3xl">{t('time')}</p>
      <p className="font-medium">{t('closes', { date: closes })}</p>
      <section aria-labelledby="who-sees" className="max-w-3xl rounded-xl bg-[var(--color-resource-soft)] p-5">
        <h2 id="who-sees" className="font-semibold">
          {t('whoSeesTitle')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t('whoSees1')}</li>
          <li>{t('whoSees2', { threshold })}</li>
          <li>{t('whoSees3')}</li>
          <li>{t('whoSees4')}</li>
          {aloneInGroup ? <li>{t('whoSeesAlone')}</li> : null}
        </ul>
        <Link href="/privacy" className="mt-3 inline-block underline">
          {t('privacyLink')}
        </Link>
      </section>
    </header>
  );
}
