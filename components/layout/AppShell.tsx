import type { ReactNode } from 'react';
import { SiteHeader } from './SiteHeader';

/**
 * Header and main column of a page. Each audience's layout passes its own account corner: staff
 * and visitors get the account menu, the leader's link pages none — so the menu's client code
 * (Radix) never reaches the questionnaire's JavaScript budget (a client component imported by a
 * layout is bundled for every page below it, rendered or not).
 */
export function AppShell({ account, children }: { account?: ReactNode; children: ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      {/* Pages sit in one centred column; an area with its own full-width bars (the staff area's
          organisation bar and menu) marks its root data-full-bleed and sets its own column. */}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 has-[>[data-full-bleed]]:max-w-none has-[>[data-full-bleed]]:p-0">
        {children}
      </main>
    </>
  );
}
