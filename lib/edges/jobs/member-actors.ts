import 'server-only';
import { toLocale } from '@/i18n/locale';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * Every member of the organisation as the sign-in guard would build them (lib/edges/session/org-actor.ts),
 * in their own language and with no request behind them: for a job that asks what each member
 * may see (decision 0013: actors are built at the edges; a job is one).
 */
export async function organisationMembers(organisationId: string): Promise<MemberActor[]> {
  const memberships = await scopedDb(organisationId).membership.findMany({
    include: { user: { select: { email: true, name: true, locale: true } }, scopes: { select: { groupId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return memberships.map((m) => ({
    kind: 'member',
    organisationId,
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    membershipId: m.id,
    role: m.role,
    scopeGroupIds: m.scopes.map((s) => s.groupId),
    locale: toLocale(m.user.locale),
  }));
}
