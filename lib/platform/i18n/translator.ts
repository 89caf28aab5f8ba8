import { createTranslator } from 'next-intl';
import type { Locale } from '@/content/types';
import { catalogues } from '@/content/messages/catalogues';

/**
 * A translator outside React (mails, API messages, validation messages). Messages whose key is
 * not in the catalogue are returned as they are, so a literal message never turns into a key error.
 */
export function translatorFor(locale: Locale) {
  const t = createTranslator({ locale, messages: catalogues[locale] });
  return (key: string, values?: Record<string, string | number>): string => (t.has(key as never) ? t(key as never, values as never) : key);
}
