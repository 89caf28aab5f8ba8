import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientNamespaces } from '@/content/messages/client-namespaces';
import { pickMessages } from '@/lib/platform/i18n/pick-messages';

type Messages = Parameters<typeof pickMessages>[0];

// One pick per catalogue: the catalogues are module constants, so this holds two entries.
const picked = new WeakMap<object, Messages>();

/**
 * Staff and sign-in pages give their client components the namespaces those components read
 * (content/messages/client-namespaces.ts), not the whole catalogue: every page's HTML carries what
 * it gives, ~110 kB for the whole catalogue (decision 0019). Locale, time zone and `now` are
 * passed on as before. The leader's questionnaire has no provider: it gets its texts as props.
 */
export async function ClientIntlProvider({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  let clientMessages = picked.get(messages);
  if (!clientMessages) picked.set(messages, (clientMessages = pickMessages(messages, clientNamespaces)));
  return <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>;
}
