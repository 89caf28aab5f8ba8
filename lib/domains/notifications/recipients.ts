import 'server-only';
import type { Locale } from '@/content/types';
import { toLocale } from '@/i18n/locale';
import { can, type Permission } from '@/lib/domains/auth/permissions';
import { Role } from '@/lib/generated/prisma/enums';
import { db } from '@/lib/platform/db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

export interface MailRecipient {
  userId: string;
  email: string;
  name: string | null;
  locale: Locale;
}

/** The organisation's members who hold any of these permissions (by the one role table), each with their own language. */
export async function membersWithAny(organisationId: string, permissions: readonly Permission[]): Promise<MailRecipient[]> {
  const roles = Object.values(Role).filter((role) => permissions.some((permission) => can(role, permission)));
  const members = await scopedDb(organisationId).membership.findMany({
    where: { role: { in: roles } },
    select: { userId: true, user: { select: { email: true, name: true, locale: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return members.map((m) => ({ userId: m.userId, email: m.user.email, name: m.user.name, locale: toLocale(m.user.locale) }));
}

/** The language of someone known only by address (an action's owner): theirs if they use the product, else the organisation's. */
export async function localeOfAddress(organisationId: string, email: string): Promise<Locale> {
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { locale: true } });
  if (user) return toLocale(user.locale);
  const organisation = await scopedDb(organisationId).organisation.findUnique({ where: { id: organisationId }, select: { defaultLocale: true } });
  return toLocale(organisation?.defaultLocale);
}
