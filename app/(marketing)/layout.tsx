import type { ReactNode } from 'react';
import { UserMenu } from '@/components/auth/UserMenu';
import { AppShell } from '@/components/layout/AppShell';

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return <AppShell account={<UserMenu />}>{children}</AppShell>;
}
