import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientNamespaces, type ClientMessagesArea } from '@/content/messages/client-namespaces';
import { pickMessages } from '@/lib/platform/i18n/pick-messages';

type Messages = Parameters<typeof pickMessages>[0];

// One pick per catalogue and area: the catalogues are module constants.
const picked = new WeakMap<object, Map<ClientMessagesArea, Messages>>();

function messagesFor(catalogue: Messages, area: ClientMessagesArea): Messages {
  const byArea = picked.get(catalogue) ?? new Map<ClientMessagesArea, Messages>();
  picked.set(catalogue, byArea);
  if (!byArea.has(area)) byArea.set(area, pickMessages(catalogue, clientNamespaces[area]));
  return byArea.get(area)!;
}

/**
 * Gives the client components of an area of the app (a section's layout renders one) the message
 * namespaces they read — content/messages/client-namespaces.ts — and no more: every page's HTML
 * carries what it is given, and the whole catalogue was ~110 kB (decision 0019). A section's
 * provider replaces the staff layout's for its pages. Locale, time zone and `now` are passed on as
 * before. The leader's questionnaire has no provider: it gets its texts as props.
 */
export async function ClientIntlProvider({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  return <NextIntlClientProvider messages={messagesFor((await getMessages()) as Messages, area)}>{children}</NextIntlClientProvider>;
}
