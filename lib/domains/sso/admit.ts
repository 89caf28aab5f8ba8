import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { joinAsLeaderWhereListed } from '@/lib/domains/members/leader-membership';
import type { Role } from '@/lib/generated/prisma/enums';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import type { SsoConnectionForSignIn } from './connection';
import { mappableRoles, type MappableRole } from './schemas';

/** Why a sign-in through an organisation's identity provider was refused; the sign-in page words each. */
export type SsoRefusal = 'SsoNoAddress' | 'SsoDomain' | 'SsoNotMember';

/** What the identity provider said about the person, from the verified ID token. */
export interface SsoIdentity {
  /** Lower-cased; `email`, or Entra ID's `preferred_username` when it sends no email claim. */
  email: string | null;
  /** False only when the provider says outright that the address is not verified. */
  emailVerified: boolean;
  groups: string[];
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * The door, before next-auth creates or links an account: the address must be one the provider
 * vouches for, of a domain HR allowed — so that an identity provider can never speak for
 * addresses outside the organisation's own domains — and belong to a member, to a leader on the
 * organisation's list, or (when HR switched on just-in-time membership) to anyone of those domains.
 * Whatever this admits opens only this organisation (the session is bound to it; see
 * lib/domains/sso/session-rule.ts), so another organisation's members are never reachable this way.
 */
export async function ssoSignInRefusal(connection: SsoConnectionForSignIn, identity: SsoIdentity): Promise<SsoRefusal | null> {
  const { email } = identity;
  if (!email || !identity.emailVerified) return 'SsoNoAddress';
  if (!connection.allowedDomains.includes(domainOf(email))) return 'SsoDomain';
  if (connection.jitMembership) return null;
  const { organisationId } = connection;
  const known = await tenantTransaction(organisationId, async (tx) => {
    const member = await tx.membership.findFirst({ where: { organisationId, user: { email } }, select: { id: true } });
    if (member) return true;
    return (await tx.leader.findFirst({ where: { organisationId, email, archivedAt: null }, select: { id: true } })) !== null;
  });
  return known ? null : 'SsoNotMember';
}

/** The strongest role the provider's groups map to, or null when none does. */
export function mappedRole(groupRoles: Record<string, MappableRole>, groups: readonly string[]): MappableRole | null {
  const granted = new Set(groups.map((g) => groupRoles[g]).filter((r): r is MappableRole => r !== undefined));
  return mappableRoles.find((role) => granted.has(role)) ?? null;
}

/**
 * After next-auth has signed the user in: their membership of the SSO organisation. A leader on
 * the list joins as LEADER (the same path as a magic-link sign-in); anyone else new joins with the
 * role the provider's groups map to, or with NO_ACCESS until HR grants one. An existing member's
 * role follows the mapping when one applies — never HR's own role, which only HR changes.
 * Audited in the organisation's log, with the sign-in itself.
 */
export async function completeSsoSignIn(connection: SsoConnectionForSignIn, userId: string, identity: SsoIdentity, context?: RequestContext): Promise<void> {
  const { organisationId } = connection;
  const email = identity.email!;
  const role = mappedRole(connection.groupRoles, identity.groups);
  const audit = { organisationId, actor: { userId }, ...(context ? { context } : {}) };
  await joinAsLeaderWhereListed(userId, email, { organisationId });
  await systemTransaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } }, select: { id: true, role: true } });
    if (!member) {
      const newRole: Role = role ?? 'NO_ACCESS';
      const created = await tx.membership.create({ data: { organisationId, userId, role: newRole } });
      await recordAudit({ ...audit, action: 'member.joined-by-sso', target: { type: 'membership', id: created.id }, details: { role: newRole } }, tx);
    } else if (role && member.role !== role && member.role !== 'HR_ADMIN') {
      await tx.membership.update({ where: { id: member.id }, data: { role } });
      await recordAudit({ ...audit, action: 'member.role-from-sso', target: { type: 'membership', id: member.id }, details: { from: member.role, to: role } }, tx);
    }
    await recordAudit({ ...audit, action: 'auth.sign-in', details: { method: 'sso' } }, tx);
  });
}
