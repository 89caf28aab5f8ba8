import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/**
 * Calendar days (due dates, revision dates, closing days) are stored as that day at 00:00 UTC
 * (PostgreSQL `date`) and travel as ISO "YYYY-MM-DD".
 */

/** "YYYY-MM-DD" of a stored date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The stored date of an ISO day. */
export function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A calendar day ("2029-10-31") in words, as it reads wherever the reader is. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(dayOf(iso));
}

/** A moment, in Danish time: the organisations are Danish whatever the server's zone. */
export function formatMoment(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(date);
}
