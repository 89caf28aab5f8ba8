import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/generated/prisma/enums';
import { can, type Permission } from '@/lib/domains/auth/permissions';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { OrgNavLinks, type NavLink } from './OrgNavLinks';

type Section = { href: string; key: string; permission: Permission | readonly Permission[] };

/**
 * Sections of the staff area and the permission each needs (any one of a list); the pages
 * enforce the same permission. Keys are catalogue keys under "orgNav" unless they contain a dot.
 */
const mainSections: Section[] = [
  { href: '', key: 'overview', permission: 'org:read' },
  { href: '/groups', key: 'groups', permission: 'groups:read' },
  { href: '/leaders', key: 'leaders', permission: 'leaders:read' },
  { href: '/rounds', key: 'rounds', permission: 'rounds:read' },
  { href: '/results', key: 'results.nav', permission: resultsReadPermissions },
  { href: '/workshop', key: 'workshop.nav', permission: 'workshop:read' },
  { href: '/action-plan', key: 'actionPlan.nav', permission: 'action-plan:read' },
  { href: '/apv', key: 'apv.nav', permission: 'reports:read' },
];

/** Administration: under one settings menu, so the main line stays about the assessment. */
const settingsSections: Section[] = [
  { href: '/members', key: 'members', permission: 'members:manage' },
  { href: '/settings/api-keys', key: 'apiKeys', permission: 'api-keys:manage' },
  { href: '/settings/scim', key: 'scim.nav', permission: 'api-keys:manage' },
  { href: '/settings/privacy', key: 'dataProtection.nav', permission: 'org:settings' },
  { href: '/settings/mails', key: 'mails.settings.nav', permission: 'org:settings' },
  { href: '/settings/sso', key: 'sso.nav', permission: 'org:settings' },
  { href: '/audit', key: 'audit', permission: 'audit:read' },
];

/** Roles that come for what their leaders share with them; anyone else sees the entry only once something is shared. */
const sharingRoles: readonly Role[] = ['TOP_MANAGEMENT', 'MANAGER_OF_LEADERS'];

export async function OrgNav({ orgSlug, role, sharedCount }: { orgSlug: string; role: Role; sharedCount: number }) {
  const t = await getTranslations();
  const allowed = (permission: Section['permission']) => (typeof permission === 'string' ? [permission] : permission).some((p) => can(role, p));
  const toLinks = (sections: Section[]): NavLink[] =>
    sections
      .filter((section) => allowed(section.permission))
      .map((section) => ({ href: `/${orgSlug}${section.href}`, label: t(section.key.includes('.') ? section.key : `orgNav.${section.key}`), exact: section.href === '' }));
  const links = toLinks(mainSections);
  if (sharingRoles.includes(role) || sharedCount > 0) links.push({ href: `/${orgSlug}/shared-with-me`, label: t('sharedWithMe.title'), count: sharedCount });
  const settings = toLinks(settingsSections);
  return <OrgNavLinks label={t('orgNav.label')} links={links} settings={settings.length > 0 ? { label: t('orgNav.settings'), links: settings } : null} />;
}
