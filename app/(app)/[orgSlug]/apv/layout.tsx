import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The APV pages: their client components get the messages they read and no others (decision 0019). */
export default function ApvLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="apv">{children}</ClientIntlProvider>;
}
