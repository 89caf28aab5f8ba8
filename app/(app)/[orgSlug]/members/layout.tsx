import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The member pages: their client components get the messages they read and no others (decision 0019). */
export default function MembersLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="members">{children}</ClientIntlProvider>;
}
