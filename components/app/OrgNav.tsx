import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/generated/prisma/enums';
import { can, type Permission } from '@/lib/auth/permissions';

/** Sections of the staff area and the permission each needs; the pages enforce the same permission. */
const sections: { href: string; key: string; permission: Permission }[] = [
  { href: '', key: 'overview', permission: 'org:read' },
  { href: '/groups', key: 'groups', permission: 'groups:read' },
  { href: '/leaders', key: 'leaders', permission: 'leaders:read' },
  { href: '/rounds', key: 'rounds', permission: 'rounds:read' },
  { href: '/members', key: 'members', permission: 'members:manage' },
  { href: '/settings/api-keys', key: 'apiKeys', permission: 'api-keys:manage' },
  { href: '/audit', key: 'audit', permission: 'audit:read' },
];

export async function OrgNav({ orgSlug, role }: { orgSlug: string; role: Role }) {
  const t = await getTranslations('orgNav');
  return (
    <nav aria-label={t('label')} className="border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm">
        {sections
          .filter((section) => can(role, section.permission))
          .map((section) => (
            <li key={section.key}>
              <Link href={`/${orgSlug}${section.href}`} className="underline-offset-4 hover:underline">
                {t(section.key)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
