import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/** One decimal, the locale's decimal mark: "3,4". */
export function formatMean(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A balance or a change with its sign: "+0,8", "−1,2", "0,0". */
export function formatSigned(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}
