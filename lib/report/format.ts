import type { Locale } from '@/content/types';
import { formatMean, formatSigned } from '@/components/results/format';
import { dayOf } from '@/lib/apv/revision';

export { formatMean, formatSigned };

const tag = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');

/** A calendar day ("2029-10-31") in words, as it reads wherever the reader is. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(dayOf(iso));
}

/** A moment, in Danish time: the organisations are Danish whatever the server's zone. */
export function formatMoment(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(date);
}
