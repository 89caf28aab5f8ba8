import type { Locale } from '@/content/types';

/** The tag Intl formats numbers, dates and lists with: Danish as written in Denmark, English as in Britain. */
export function intlLocaleOf(locale: Locale): 'da-DK' | 'en-GB' {
  return locale === 'da' ? 'da-DK' : 'en-GB';
}
