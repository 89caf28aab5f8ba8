import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { dateFormatter } from '@/lib/platform/format/dates';
import { html, type Html } from '@/lib/platform/html/html';

interface IntroProps {
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
export async function introHtml({ locale, organisationName, roundName, closesAt, threshold, submitted, resultHref, aloneInGroup }: IntroProps): Promise<Html> {
  const t = await getTranslations({ locale, namespace: 'questionnaire.intro' });
  const closes = dateFormatter(locale).dateTime(closesAt, { dateStyle: 'long', timeStyle: 'short' });
  // A reopened link says first of all that the answers are in, and what changing them does.
  const answered = submitted
    ? html`<section aria-labelledby="answered" class="max-w-3xl rounded-xl border-2 border-[var(--color-resource)] bg-[var(--color-resource-soft)] p-4 sm:p-5">
        <h2 id="answered" class="text-xl font-semibold">${t('answeredTitle')}</h2>
        <p class="mt-1">${t('answeredText', { date: closes })}</p>
        <a href="${resultHref}" class="mt-1 inline-flex min-h-11 items-center font-medium underline underline-offset-2">${t('seeResult')}</a>
      </section>`
    : null;
  return html`<header class="space-y-4">
    <p class="text-sm font-medium text-[var(--color-brand)]">${t('askedBy', { organisation: organisationName })}</p>
    <h1 class="text-3xl font-bold">${t('title', { round: roundName })}</h1>
    ${answered}
    <p class="max-w-3xl text-lg">${t('why')}</p>
    <p class="max-w-3xl">${t('time')}</p>
    <p class="font-medium">${t('closes', { date: closes })}</p>
    <section aria-labelledby="who-sees" class="max-w-3xl rounded-xl bg-[var(--color-resource-soft)] p-5">
      <h2 id="who-sees" class="font-semibold">${t('whoSeesTitle')}</h2>
      <ul class="mt-2 list-disc space-y-1 pl-5">
        <li>${t('whoSees1')}</li>
        <li>${t('whoSees2', { threshold })}</li>
        <li>${t('whoSees3')}</li>
        <li>${t('whoSees4')}</li>
        ${aloneInGroup ? html`<li>${t('whoSeesAlone')}</li>` : null}
      </ul>
      <a href="/privacy" class="mt-3 inline-block underline">${t('privacyLink')}</a>
    </section>
  </header>`;
}
