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

/** The calendar day a moment falls on in Denmark, as "YYYY-MM-DD" (the organisations are Danish whatever the server's zone). */
export function danishDayOf(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
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

const ORGANISATION_ZONE = 'Europe/Copenhagen';

/** Hours and minutes of a moment on the Danish wall clock. */
function danishClock(date: Date): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ORGANISATION_ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { hour: get('hour'), minute: get('minute') };
}

const atMidnight = (date: Date) => {
  const { hour, minute } = danishClock(date);
  return hour === 0 && minute === 0;
};
const atDayEnd = (date: Date) => {
  const { hour, minute } = danishClock(date);
  return hour === 23 && minute === 59;
};

/**
 * A period in Danish time, as compact as it reads naturally: "1.–31. oktober 2025" when it runs
 * whole days (opens at midnight, closes at midnight or 23:59), with the times when they were chosen
 * ("1. okt. 2025 09.00 – 31. okt. 2025 16.00").
 */
export function formatPeriod(opens: Date, closes: Date, locale: Locale): string {
  const wholeDays = atMidnight(opens) && (atMidnight(closes) || atDayEnd(closes));
  if (wholeDays) {
    // Closing at midnight means "through the day before".
    const lastDay = atMidnight(closes) && closes > opens ? new Date(closes.getTime() - 60_000) : closes;
    return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: ORGANISATION_ZONE }).formatRange(opens, lastDay);
  }
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: ORGANISATION_ZONE }).formatRange(opens, closes);
}

/**
 * Dates in the words of either language, in Danish time: the app's one date formatter (next-intl's
 * would format English as American, "Nov 29, 2026"; ours writes en-GB, "29 Nov 2026"). A caller
 * that formats a stored calendar day passes timeZone 'UTC'.
 */
export function dateFormatter(locale: Locale) {
  return {
    dateTime(date: Date, options: Intl.DateTimeFormatOptions = {}): string {
      return new Intl.DateTimeFormat(intlLocaleOf(locale), { timeZone: ORGANISATION_ZONE, ...options }).format(date);
    },
  };
}
