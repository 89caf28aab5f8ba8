import type { ReactNode } from 'react';
import { FullIntlProvider } from '@/components/layout/FullIntlProvider';

export default function StaffLayout({ children }: { children: ReactNode }) {
  return <FullIntlProvider>{children}</FullIntlProvider>;
}
