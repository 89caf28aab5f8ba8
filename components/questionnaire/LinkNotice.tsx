import { dateFormatter } from '@/lib/platform/format/dates';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';

/** The calm dead ends of a personal link: the round has closed, or the link is not (or no longer) valid. */
/**
 * A closed round's link: the thanks, and the way on to the group's results, workshop notes and
 * action plan — signing in with the address the link came to makes a listed leader a LEADER
 * member (lib/domains/members/leader-membership.ts), so nobody has to invite them one by one.
 */
export async function RoundClosedNotice({
  locale,
  round,
  organisationSlug,
}: {
  locale: Locale;
  round: { name: string; status: string; closedAt: Date | null; closesAt: Date };
  organisationSlug: string;
}) {
  const t = await getTranslations({ locale, namespace: 'questionnaire.closed' });
  const format = dateFormatter(locale);
  const roundName = round.name;
  const closedAt = round.closedAt ?? round.closesAt;
  // Past its closing time a round takes no answers, but its results come only once it is closed.
  const groupResultsHref = round.status === 'CLOSED' ? `/sign-in?callbackUrl=${encodeURIComponent(`/${organisationSlug}/results`)}` : null;
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-3">{t('text', { round: roundName, date: format.dateTime(closedAt, { dateStyle: 'long' }) })}</p>
      <p className="mt-2 text-[var(--color-muted)]">{t('privacy')}</p>
      {groupResultsHref ? (
        <div className="mt-8 rounded-card border border-border bg-surface p-6 text-left shadow-card">
          <h2 className="text-lg font-semibold">{t('groupTitle')}</h2>
          <p className="mt-2">{t('groupText')}</p>
          <Link href={groupResultsHref} className="mt-4 inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white">
            {t('groupAction')}
          </Link>
        </div>
      ) : null}
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
