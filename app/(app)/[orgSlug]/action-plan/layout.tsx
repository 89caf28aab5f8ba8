import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The action plan's pages: their client components get the messages they read and no others (decision 0019). */
export default function ActionPlanLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="actionPlan">{children}</ClientIntlProvider>;
}
