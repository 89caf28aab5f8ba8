import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';

/**
 * What SCIM provisioning reads: leaders as SCIM Users (archived ones included — an identity
 * provider matches a returning person to their archived leader and reactivates it) and active
 * leader groups as SCIM Groups (an archived group is a deleted one to the identity provider).
 */

/** The one equality a SCIM filter may ask for, already translated to our columns (lib/edges/scim/scim-filter.ts). */
export type ScimLeaderMatch = { field: 'id' | 'email' | 'scimExternalId'; value: string };
export type ScimGroupMatch = { field: 'id' | 'name'; value: string };

export interface ScimPage {
  /** 1-based, as SCIM counts. */
  startIndex: number;
  count: number;
}

export interface ScimLeader {
  id: string;
  name: string;
  email: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
  scimExternalId: string | null;
  archivedAt: Date | null;
  erasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The leader whose e-mail is managerEmail, if there is exactly that leader. */
  managerId: string | null;
}

const leaderSelect = { id: true, name: true, email: true, managerEmail: true, locale: true, scimExternalId: true, archivedAt: true, erasedAt: true, createdAt: true, updatedAt: true } as const;

function leaderWhere(match: ScimLeaderMatch | null): Prisma.LeaderWhereInput | null {
  // An erased leader holds nothing personal and is nobody's to provision again.
  const base: Prisma.LeaderWhereInput = { erasedAt: null };
  if (!match) return base;
  if (match.field === 'id') return isUuid(match.value) ? { ...base, id: match.value } : null;
  if (match.field === 'email') return { ...base, email: match.value.trim().toLowerCase() };
  return { ...base, scimExternalId: match.value };
}

async function withManagers(organisationId: string, rows: Omit<ScimLeader, 'managerId'>[]): Promise<ScimLeader[]> {
  const emails = [...new Set(rows.map((r) => r.managerEmail).filter((e): e is string => e !== null))];
  const managers = emails.length === 0 ? [] : await scopedDb(organisationId).leader.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const idByEmail = new Map(managers.map((m) => [m.email, m.id]));
  return rows.map((row) => ({ ...row, managerId: row.managerEmail ? (idByEmail.get(row.managerEmail) ?? null) : null }));
}

/** A page of the organisation's leaders in id order, optionally only the one a filter names; `total` counts every match. */
export async function listScimLeaders(organisationId: string, match: ScimLeaderMatch | null, page: ScimPage): Promise<{ items: ScimLeader[]; total: number }> {
  const where = leaderWhere(match);
  if (!where) return { items: [], total: 0 };
  const db = scopedDb(organisationId);
  const [rows, total] = await Promise.all([db.leader.findMany({ where, select: leaderSelect, orderBy: { id: 'asc' }, skip: page.startIndex - 1, take: page.count }), db.leader.count({ where })]);
  return { items: await withManagers(organisationId, rows), total };
}

/** One leader as a SCIM User, or null (also for another organisation's id, a malformed one, or an erased leader). */
export async function getScimLeader(organisationId: string, leaderId: string): Promise<ScimLeader | null> {
  const where = leaderWhere({ field: 'id', value: leaderId });
  if (!where) return null;
  const row = await scopedDb(organisationId).leader.findFirst({ where, select: leaderSelect });
  return row ? (await withManagers(organisationId, [row]))[0]! : null;
}

/** The e-mail of the organisation's leader with this id (a SCIM manager reference), or null. */
export async function leaderEmailById(organisationId: string, leaderId: string): Promise<string | null> {
  if (!isUuid(leaderId)) return null;
  const row = await scopedDb(organisationId).leader.findFirst({ where: { id: leaderId, erasedAt: null }, select: { email: true } });
  return row?.email ?? null;
}

export interface ScimGroup {
  id: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  /** The active leaders placed in this group itself (not the groups below it). */
  members: { id: string; name: string }[];
}

function groupWhere(match: ScimGroupMatch | null): Prisma.LeaderGroupWhereInput | null {
  const base: Prisma.LeaderGroupWhereInput = { archivedAt: null };
  if (!match) return base;
  if (match.field === 'id') return isUuid(match.value) ? { ...base, id: match.value } : null;
  // Group names are unique among siblings whatever their case; a SCIM displayName is matched the same way.
  return { ...base, name: { equals: match.value.trim(), mode: 'insensitive' } };
}

const groupSelect = {
  id: true,
  name: true,
  createdAt: true,
  updatedAt: true,
  leaders: { where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { id: 'asc' } },
} as const;
const groupSelectWithoutMembers = { id: true, name: true, createdAt: true, updatedAt: true } as const;

/** A page of the organisation's active groups in id order, optionally only those a filter names. */
export async function listScimGroups(organisationId: string, match: ScimGroupMatch | null, page: ScimPage, withMembers: boolean): Promise<{ items: ScimGroup[]; total: number }> {
  const where = groupWhere(match);
  if (!where) return { items: [], total: 0 };
  const db = scopedDb(organisationId);
  const order = { orderBy: { id: 'asc' }, skip: page.startIndex - 1, take: page.count } as const;
  const [items, total] = await Promise.all([
    // SCIM clients leave members out of a lookup by name (excludedAttributes=members): a large group is not read for nothing.
    withMembers
      ? db.leaderGroup.findMany({ where, select: groupSelect, ...order }).then((rows) => rows.map(({ leaders, ...group }) => ({ ...group, members: leaders })))
      : db.leaderGroup.findMany({ where, select: groupSelectWithoutMembers, ...order }).then((rows) => rows.map((group) => ({ ...group, members: [] }))),
    db.leaderGroup.count({ where }),
  ]);
  return { items, total };
}

/** One active group with its members, or null (archived, another organisation's, malformed). */
export async function getScimGroup(organisationId: string, groupId: string): Promise<ScimGroup | null> {
  const where = groupWhere({ field: 'id', value: groupId });
  if (!where) return null;
  const row = await scopedDb(organisationId).leaderGroup.findFirst({ where, select: groupSelect });
  if (!row) return null;
  const { leaders, ...group } = row;
  return { ...group, members: leaders };
}
