import type { ReactNode } from 'react';
import { UserMenu } from '@/components/auth/UserMenu';
import { AppShell } from '@/components/layout/AppShell';
import { FullIntlProvider } from '@/components/layout/FullIntlProvider';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell account={<UserMenu />}>
      <FullIntlProvider>{children}</FullIntlProvider>
    </AppShell>
  );
}
