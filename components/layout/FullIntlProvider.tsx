import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * Staff and sign-in pages give their client components the whole catalogue. The leader's
 * questionnaire does not: it gets its texts as props, to keep its JavaScript and HTML small.
 */
export async function FullIntlProvider({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>;
}
