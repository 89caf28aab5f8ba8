import { dateFormatter } from '@/lib/platform/format/dates';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';

/** The calm dead ends of a personal link: the round has closed, or the link is not (or no longer) valid. */
export async function RoundClosedNotice({ locale, roundName, closedAt }: { locale: Locale; roundName: string; closedAt: Date }) {
  const t = await getTranslations({ locale, namespace: 'questionnaire.closed' });
  const format = dateFormatter(locale);
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3">{t('text', { round: roundName, date: format.dateTime(closedAt, { dateStyle: 'long' }) })}</p>
      <p className="mt-2 text-[var(--color-muted)]">{t('privacy')}</p>
    </section>
  );
}

export async function InvalidLinkNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'questionnaire.invalid' });
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3">{t('text')}</p>
      <Link href="/link" className="mt-6 inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white">
        {t('action')}
      </Link>
    </section>
  );
}

/** Too many unknown links from this address: the wait, and the way to a fresh link afterwards. */
export async function TooManyAttemptsNotice({ locale, retryAfterSeconds }: { locale: Locale; retryAfterSeconds: number }) {
  const t = await getTranslations({ locale, namespace: 'rateLimit' });
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3">{t('retryAfter', { seconds: retryAfterSeconds })}</p>
    </section>
  );
}
