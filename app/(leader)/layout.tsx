import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/AppShell';

/** The leader's link pages: no account corner — leaders never sign in, and the questionnaire keeps its JavaScript budget. */
export default function LeaderLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
