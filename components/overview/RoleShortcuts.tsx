import { BarChart3, CalendarRange, FileCheck2, ListChecks, Network, Presentation, Share2, ShieldCheck, UsersRound, type LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/generated/prisma/enums';
import { can, type Permission } from '@/lib/domains/auth/permissions';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';

type Shortcut = { key: string; href: string; icon: LucideIcon; permission: Permission | readonly Permission[]; titleKey: string };

const shortcuts: Record<string, Shortcut> = {
  rounds: { key: 'rounds', href: '/rounds', icon: CalendarRange, permission: 'rounds:read', titleKey: 'orgNav.rounds' },
  groups: { key: 'groups', href: '/groups', icon: Network, permission: 'groups:read', titleKey: 'orgNav.groups' },
  leaders: { key: 'leaders', href: '/leaders', icon: UsersRound, permission: 'leaders:read', titleKey: 'orgNav.leaders' },
  members: { key: 'members', href: '/members', icon: ShieldCheck, permission: 'members:manage', titleKey: 'orgNav.members' },
  results: { key: 'results', href: '/results', icon: BarChart3, permission: resultsReadPermissions, titleKey: 'results.nav' },
  actionPlan: { key: 'actionPlan', href: '/action-plan', icon: ListChecks, permission: 'action-plan:read', titleKey: 'actionPlan.nav' },
  apv: { key: 'apv', href: '/apv', icon: FileCheck2, permission: 'reports:read', titleKey: 'apv.nav' },
  workshop: { key: 'workshop', href: '/workshop', icon: Presentation, permission: 'workshop:read', titleKey: 'workshop.nav' },
  sharedWithMe: { key: 'sharedWithMe', href: '/shared-with-me', icon: Share2, permission: 'org:read', titleKey: 'sharedWithMe.title' },
};

/** What each role comes for, first things first; a shortcut shows only where the role's permission reaches. */
const byRole: Record<Role, (keyof typeof shortcuts)[]> = {
  HR_ADMIN: ['rounds', 'groups', 'leaders', 'members'],
  TOP_MANAGEMENT: ['results', 'actionPlan', 'sharedWithMe', 'apv'],
  MANAGER_OF_LEADERS: ['results', 'actionPlan', 'sharedWithMe'],
  MED_AMO: ['results', 'apv', 'workshop', 'actionPlan'],
  LEADER: ['results', 'workshop', 'actionPlan'],
  NO_ACCESS: [],
};

export async function RoleShortcuts({ orgSlug, role, counts }: { orgSlug: string; role: Role; counts: Partial<Record<string, number>> }) {
  const t = await getTranslations();
  const allowed = (permission: Shortcut['permission']) => (typeof permission === 'string' ? [permission] : permission).some((p) => can(role, p));
  const visible = (byRole[role] ?? []).map((key) => shortcuts[key]!).filter((shortcut) => allowed(shortcut.permission));
  if (visible.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" className="text-section-title font-semibold">
        {t('overview.sectionsTitle')}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {visible.map(({ key, href, icon: Icon, titleKey }) => (
          <li key={key}>
            <Link href={`/${orgSlug}${href}`} className="flex h-full items-start gap-4 rounded-card border border-border bg-surface p-5 shadow-card transition-colors hover:border-brand">
              <span className="flex size-10 shrink-0 items-center justify-center rounded-control bg-brand-soft text-brand">
                <Icon aria-hidden="true" className="size-5" />
              </span>
              <span className="min-w-0">
                <span className="flex items-center gap-2 font-semibold text-ink">
                  {t(titleKey)}
                  {counts[key] ? <span className="rounded-full bg-brand px-2 text-xs leading-5 font-semibold text-white">{counts[key]}</span> : null}
                </span>
                <span className="mt-1 block text-sm text-muted">{t(`overview.sectionHints.${key}`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
