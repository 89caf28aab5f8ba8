import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The workshop pages: their client components get the messages they read and no others (decision 0019). */
export default function WorkshopLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="workshop">{children}</ClientIntlProvider>;
}
