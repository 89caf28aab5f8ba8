import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The leader pages and the import: their client components get the messages they read and no others (decision 0019). */
export default function LeadersLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="leaders">{children}</ClientIntlProvider>;
}
