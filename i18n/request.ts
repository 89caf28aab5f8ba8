import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { catalogues } from '@/content/messages/catalogues';
import { LOCALE_COOKIE, toLocale } from './locale';

// Locale without URL prefixes: staff and leaders keep their links (/r/<token>, /<org>/…) and
// switch language with a cookie. Danish is the default.
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = toLocale(requested ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: catalogues[locale],
    timeZone: 'Europe/Copenhagen',
  };
});
