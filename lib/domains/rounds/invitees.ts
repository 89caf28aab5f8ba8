import 'server-only';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';
import { coveredGroups, type CoveredGroup } from './covered-groups';

/** A leader a round would invite, with what the approval screen needs to spot a padded group. */
export interface Invitee {
  id: string;
  groupId: string;
  name: string;
  email: string;
  locale: Locale | null;
  createdAt: Date;
  /** Since when they are (again) in this group: kept by a database trigger (Leader.groupSince). */
  groupSince: Date;
  emailChangedAt: Date | null;
}

export interface RoundInvitees {
  /** The chosen groups with everything below them, archived ones left out (tree order). */
  covered: CoveredGroup[];
  /** Every active leader in a covered group, by id. */
  leaders: Invitee[];
}

/**
 * Who opening a round would invite, and through which groups — computed from the groups and
 * leaders as they are now. The one answer the anonymity preview, MED/AMO's approval (its
 * fingerprint) and openRound itself all use, so what MED/AMO approved is exactly what is sent.
 * Takes a transaction (opening) or the scoped client (pages); the organisation is in every `where`.
 */
export async function roundInvitees(reader: ScopedDb | Tx, organisationId: string, groupIds: readonly string[]): Promise<RoundInvitees> {
  const groups = await reader.leaderGroup.findMany({ where: { organisationId }, select: { id: true, parentId: true, name: true, archivedAt: true } });
  const covered = coveredGroups(groups, groupIds);
  if (covered.length === 0) return { covered, leaders: [] };
  const leaders = await reader.leader.findMany({
    where: { organisationId, archivedAt: null, groupId: { in: covered.map((g) => g.id) } },
    select: { id: true, groupId: true, name: true, email: true, locale: true, createdAt: true, groupSince: true, emailChangedAt: true },
    orderBy: { id: 'asc' },
  });
  return { covered, leaders };
}
