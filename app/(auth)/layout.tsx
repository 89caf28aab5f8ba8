import type { ReactNode } from 'react';
import { UserMenu } from '@/components/auth/UserMenu';
import { AppShell } from '@/components/layout/AppShell';
import { ClientIntlProvider } from '@/components/layout/ClientIntlProvider';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell account={<UserMenu />}>
      <ClientIntlProvider area="signIn">{children}</ClientIntlProvider>
    </AppShell>
  );
}
