import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/**
 * Intl writes a negative number with the hyphen-minus ("-0,5") in both our locales; typeset
 * text uses the minus sign (U+2212), which is as wide as the plus and does not break a line.
 */
const minus = (text: string) => text.replace(/-/g, '\u2212');

/** A mean with one decimal and the locale's decimal mark: "3,4". Never a "+": a 1–5 mean has no direction. */
export function formatMean(value: number, locale: Locale): string {
  return minus(new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
}

/** A balance or a change with its sign: "+0,8", "−1,2", "0,0" (a value that rounds to zero has none). */
export function formatSigned(value: number, locale: Locale): string {
  return minus(new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value));
}

/** A whole percent: "25 %" in Danish, "25%" in English. */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
