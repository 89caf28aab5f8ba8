import 'server-only';
import { AppError, notFound } from '@/lib/errors';
import type { Membership, Organisation } from '@/lib/generated/prisma/client';
import { scopedDb, type ScopedDb } from '@/lib/tenant/scoped-db';
import { getCurrentUser, type CurrentUser } from './current-user';
import { can, type Permission } from './permissions';
import { systemTransaction } from '@/lib/tenant/tenant-transaction';

export interface OrgMember {
  user: CurrentUser;
  organisation: Organisation;
  membership: Membership;
  /** For a manager of leaders: the groups they were given (each with its subtree). Empty for other roles. */
  scopeGroupIds: string[];
  db: ScopedDb;
}

/**
 * The first call of every staff page, action and handler. The organisation comes from the URL
 * slug — never from "the user's first membership" — and must be one the user belongs to:
 * otherwise 404, so a slug or id of another organisation is indistinguishable from none.
 */
export async function requireOrgMember(orgSlug: string, options: { permission?: Permission } = {}): Promise<OrgMember> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated');
  // Server actions receive the slug as an argument anyone can send: a non-string names nothing.
  if (typeof orgSlug !== 'string') throw notFound();
  // The URL names the organisation: its slug is read before any organisation is known.
  const target = await systemTransaction((tx) => tx.organisation.findUnique({ where: { slug: orgSlug }, select: { id: true } }));
  if (!target) throw notFound();
  const membership = await scopedDb(target.id).membership.findFirst({
    where: { userId: user.id },
    include: { organisation: true, scopes: { select: { groupId: true } } },
  });
  if (!membership) throw notFound();
  if (options.permission && !can(membership.role, options.permission)) throw new AppError('forbidden');
  const { organisation, scopes, ...rest } = membership;
  return { user, organisation, membership: rest, scopeGroupIds: scopes.map((s) => s.groupId), db: scopedDb(organisation.id) };
}
