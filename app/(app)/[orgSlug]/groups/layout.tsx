import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The group pages: their client components get the messages they read and no others (decision 0019). */
export default function GroupsLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="groups">{children}</ClientIntlProvider>;
}
