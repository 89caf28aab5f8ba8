import type { Locale, Localized } from '@/content/types';

/** Content texts carry every language; UI strings come from next-intl. This picks the content's. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
