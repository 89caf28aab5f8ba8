import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { dateFormatter } from '@/lib/platform/format/dates';
import { html, type Html } from '@/lib/platform/html/html';

/** The calm dead ends of components/questionnaire/LinkNotice.tsx, for the page served without Next's runtime (decision 0016). */
export async function invalidLinkHtml(locale: Locale): Promise<{ title: string; body: Html }> {
  const t = await getTranslations({ locale, namespace: 'questionnaire.invalid' });
  return {
    title: t('title'),
    body: html`<section class="mx-auto max-w-xl py-12 text-center">
      <h1 class="text-2xl font-semibold">${t('title')}</h1>
      <p class="mt-3">${t('text')}</p>
      <a href="/link" class="mt-6 inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white">${t('action')}</a>
    </section>`,
  };
}

export async function tooManyAttemptsHtml(locale: Locale, retryAfterSeconds: number): Promise<{ title: string; body: Html }> {
  const t = await getTranslations({ locale, namespace: 'rateLimit' });
  return {
    title: t('title'),
    body: html`<section class="mx-auto max-w-xl py-12 text-center">
      <h1 class="text-2xl font-semibold">${t('title')}</h1>
      <p class="mt-3">${t('retryAfter', { seconds: retryAfterSeconds })}</p>
    </section>`,
  };
}

export async function roundClosedHtml(
  locale: Locale,
  round: { name: string; status: string; closedAt: Date | null; closesAt: Date },
  organisationSlug: string,
): Promise<{ title: string; body: Html }> {
  const t = await getTranslations({ locale, namespace: 'questionnaire.closed' });
  const closedAt = round.closedAt ?? round.closesAt;
  // Past its closing time a round takes no answers, but its results come only once it is closed.
  const groupResultsHref = round.status === 'CLOSED' ? `/sign-in?callbackUrl=${encodeURIComponent(`/${organisationSlug}/results`)}` : null;
  return {
    title: t('title'),
    body: html`<section class="mx-auto max-w-xl py-12 text-center">
      <h1 class="text-2xl font-semibold">${t('title')}</h1>
      <p class="mt-3">
        ${t('text', {
          round: round.name,
          date: dateFormatter(locale).dateTime(closedAt, { dateStyle: 'long' }),
        })}
      </p>
      <p class="mt-2 text-[var(--color-muted)]">${t('privacy')}</p>
      ${
        groupResultsHref
          ? html`<div class="mt-8 rounded-card border border-border bg-surface p-6 text-left shadow-card">
              <h2 class="text-lg font-semibold">${t('groupTitle')}</h2>
              <p class="mt-2">${t('groupText')}</p>
              <a href="${groupResultsHref}" class="mt-4 inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white">${t('groupAction')}</a>
            </div>`
          : null
      }
    </section>`,
  };
}
