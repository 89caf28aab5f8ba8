import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/** Typography's minus sign (U+2212) instead of the hyphen Intl writes in both our languages. */
function withMinusSign(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/** One decimal, the locale's decimal mark, never a "+": "3,4" (a 1–5 mean is a level, not a change). */
export function formatMean(value: number, locale: Locale): string {
  return withMinusSign(new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
}

/** A balance or a change with its sign: "+0,8", "−1,2", "0,0". */
export function formatSigned(value: number, locale: Locale): string {
  return withMinusSign(new Intl.NumberFormat(intlLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value));
}
