import 'server-only';
import { toLocale } from '@/i18n/locale';
import type { Locale } from '@/content/types';
import type { Role } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * Who hears that a leader thinks someone in their pool is not a leader there. MED/AMO first: the
 * padding this guards against would be HR's doing. An organisation without MED/AMO members in
 * the product tells its HR admins instead — and the leader's form says which before they send.
 */
export type ConcernAudience = 'med-amo' | 'hr';

const roleOf: Record<ConcernAudience, Role> = { 'med-amo': 'MED_AMO', hr: 'HR_ADMIN' };

export async function concernAudience(tenant: ScopedDb): Promise<ConcernAudience> {
  return (await tenant.membership.count({ where: { role: 'MED_AMO' } })) > 0 ? 'med-amo' : 'hr';
}

export interface ConcernRecipient {
  email: string;
  locale: Locale;
}

/** The audience's members, each with their own language. */
export async function concernRecipients(tenant: ScopedDb): Promise<{ audience: ConcernAudience; recipients: ConcernRecipient[] }> {
  const audience = await concernAudience(tenant);
  const members = await tenant.membership.findMany({ where: { role: roleOf[audience] }, select: { user: { select: { email: true, locale: true } } } });
  return { audience, recipients: members.map((m) => ({ email: m.user.email, locale: toLocale(m.user.locale) })) };
}
