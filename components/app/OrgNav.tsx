import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/generated/prisma/enums';
import { can, type Permission } from '@/lib/domains/auth/permissions';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';

/**
 * Sections of the staff area and the permission each needs (any one of a list); the pages
 * enforce the same permission. Keys are catalogue keys under "orgNav" unless they contain a dot.
 */
const sections: { href: string; key: string; permission: Permission | readonly Permission[] }[] = [
  { href: '', key: 'overview', permission: 'org:read' },
  { href: '/groups', key: 'groups', permission: 'groups:read' },
  { href: '/leaders', key: 'leaders', permission: 'leaders:read' },
  { href: '/rounds', key: 'rounds', permission: 'rounds:read' },
  { href: '/results', key: 'results.nav', permission: resultsReadPermissions },
  { href: '/workshop', key: 'workshop.nav', permission: 'workshop:read' },
  { href: '/action-plan', key: 'actionPlan.nav', permission: 'action-plan:read' },
  { href: '/apv', key: 'apv.nav', permission: 'reports:read' },
  { href: '/members', key: 'members', permission: 'members:manage' },
  { href: '/settings/api-keys', key: 'apiKeys', permission: 'api-keys:manage' },
  { href: '/settings/privacy', key: 'dataProtection.nav', permission: 'org:settings' },
  { href: '/audit', key: 'audit', permission: 'audit:read' },
];

export async function OrgNav({ orgSlug, role }: { orgSlug: string; role: Role }) {
  const t = await getTranslations();
  const allowed = (permission: Permission | readonly Permission[]) => (typeof permission === 'string' ? [permission] : permission).some((p) => can(role, p));
  return (
    <nav aria-label={t('orgNav.label')} className="border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm">
        {sections
          .filter((section) => allowed(section.permission))
          .map((section) => (
            <li key={section.key}>
              <Link href={`/${orgSlug}${section.href}`} className="underline-offset-4 hover:underline">
                {t(section.key.includes('.') ? section.key : `orgNav.${section.key}`)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
