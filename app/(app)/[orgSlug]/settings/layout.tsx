import type { ReactNode } from 'react';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

/** The settings pages: their client components get the messages they read and no others (decision 0019). */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return <ClientIntlProvider area="settings">{children}</ClientIntlProvider>;
}
