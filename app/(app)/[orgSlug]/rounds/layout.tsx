import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The round pages: their client components get the messages they read and no others (decision 0019). */
export default function RoundsLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="rounds">{children}</ClientIntlProvider>;
}
