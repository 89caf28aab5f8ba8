import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The results pages (round list, dashboard, trend): their client components get the messages they read and no others (decision 0019). */
export default function ResultsLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="results">{children}</ClientIntlProvider>;
}
