import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import type { Role } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  createdAt: Date;
  scopes: { groupId: string; name: string }[];
}

const memberSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
  scopes: { select: { groupId: true, group: { select: { name: true } } } },
} as const;

function toRow(m: { id: string; role: Role; createdAt: Date; user: { id: string; name: string | null; email: string }; scopes: { groupId: string; group: { name: string } }[] }): MemberRow {
  return {
    membershipId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    createdAt: m.createdAt,
    scopes: m.scopes.map((s) => ({ groupId: s.groupId, name: s.group.name })).sort((a, b) => compareDanish(a.name, b.name)),
  };
}

/** The organisation's staff with their roles and, for managers of leaders, their groups. */
export async function listMembers(tenant: ScopedDb): Promise<MemberRow[]> {
  const rows = await tenant.membership.findMany({ select: memberSelect });
  return rows.map(toRow).sort((a, b) => compareDanish(a.name ?? a.email, b.name ?? b.email));
}

/** One member of the organisation, or null (also for another organisation's membership id). */
export async function getMember(tenant: ScopedDb, membershipId: string): Promise<MemberRow | null> {
  const row = await tenant.membership.findUnique({ where: { id: membershipId }, select: memberSelect });
  return row ? toRow(row) : null;
}

export interface GroupOption {
  id: string;
  name: string;
  depth: number;
}

/** The organisation's active leader groups in tree order, for choosing a manager's scope. */
export async function listGroupOptions(tenant: ScopedDb): Promise<GroupOption[]> {
  const groups = await tenant.leaderGroup.findMany({ where: { archivedAt: null }, select: { id: true, name: true, parentId: true } });
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, typeof groups>();
  // A group whose parent is archived is shown at the top rather than lost.
  for (const g of groups) {
    const parent = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), g]);
  }
  const out: GroupOption[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const g of (children.get(parent) ?? []).sort((a, b) => compareDanish(a.name, b.name))) {
      out.push({ id: g.id, name: g.name, depth });
      visit(g.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export interface UserOrganisation {
  slug: string;
  name: string;
  role: Role;
}

/**
 * The organisations a signed-in user belongs to — for the switcher and /orgs only. This is the
 * one place that reads memberships across organisations, by the user's own id; it never picks
 * an organisation for them.
 */
/** `only`: a session made by an organisation's single sign-on names that organisation alone (lib/domains/sso/session-rule.ts). */
export async function listUserOrganisations(userId: string, only?: { organisationId: string }): Promise<UserOrganisation[]> {
  // Across organisations by design: the system context, for this user's own rows only.
  const memberships = await systemTransaction((tx) =>
    tx.membership.findMany({ where: { userId, ...(only ? { organisationId: only.organisationId } : {}) }, select: { role: true, organisation: { select: { slug: true, name: true } } } }),
  );
  return memberships.map((m) => ({ slug: m.organisation.slug, name: m.organisation.name, role: m.role })).sort((a, b) => compareDanish(a.name, b.name));
}

/** The organisations a user belongs to, by id: each gets the sign-in in its own audit log. */
export async function organisationIdsOfUser(userId: string): Promise<string[]> {
  const memberships = await systemTransaction((tx) => tx.membership.findMany({ where: { userId }, select: { organisationId: true } }));
  return memberships.map((m) => m.organisationId);
}
