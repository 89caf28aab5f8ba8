import 'server-only';
import { responseKeyFor } from './links';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';

/**
 * Who has answered, in the only two shapes the product ever needs it. No invitation records
 * whether or when it was answered (decision 0004): a submitted Response is the only trace, and
 * it names no one.
 *
 * - Counts (per round, per snapshot group) are read from Response alone.
 * - Whether one particular invitation has answered — only the reminder job asks — is found by
 *   computing its response key, which needs TOKEN_HASH_KEY: a reader of the database cannot.
 */

export interface RoundParticipation {
  invited: number;
  responded: number;
}

/** Invited and submitted per round, for the given rounds (or every round of the organisation). */
export async function participationByRound(tenant: ScopedDb, roundIds?: readonly string[]): Promise<Map<string, RoundParticipation>> {
  const rounds = roundIds ? { roundId: { in: [...roundIds] } } : {};
  const [invited, responded] = await Promise.all([
    tenant.invitation.groupBy({ by: ['roundId'], where: rounds, _count: { _all: true } }),
    tenant.response.groupBy({ by: ['roundId'], where: { ...rounds, status: 'SUBMITTED' }, _count: { _all: true } }),
  ]);
  const out = new Map<string, RoundParticipation>();
  for (const row of invited) out.set(row.roundId, { invited: row._count._all, responded: 0 });
  for (const row of responded) out.set(row.roundId, { invited: out.get(row.roundId)?.invited ?? 0, responded: row._count._all });
  return out;
}

/** Invitations and submitted responses of one round, per snapshot group (the group itself, not below it). */
export async function participationByGroup(tenant: ScopedDb, roundId: string): Promise<{ invitedByGroup: Map<string, number>; submittedByGroup: Map<string, number> }> {
  const [invited, submitted] = await Promise.all([
    tenant.invitation.groupBy({ by: ['groupId'], where: { roundId }, _count: { _all: true } }),
    tenant.response.groupBy({ by: ['groupId'], where: { roundId, status: 'SUBMITTED' }, _count: { _all: true } }),
  ]);
  const counts = (rows: { groupId: string; _count: { _all: number } }[]) => new Map(rows.map((row) => [row.groupId, row._count._all]));
  return { invitedByGroup: counts(invited), submittedByGroup: counts(submitted) };
}

/**
 * Which of these invitations of one round have submitted: each one's response key is computed
 * here and looked up. For the reminder job only — nothing shown to staff may ask this.
 */
export async function answeredInvitationIds(reader: ScopedDb | Tx, organisationId: string, roundId: string, invitationIds: readonly string[]): Promise<Set<string>> {
  const invitationByKey = new Map(invitationIds.map((id) => [responseKeyFor(id), id]));
  const answered = new Set<string>();
  const keys = [...invitationByKey.keys()];
  for (let i = 0; i < keys.length; i += 5000) {
    const rows = await reader.response.findMany({
      where: { organisationId, roundId, status: 'SUBMITTED', responseKey: { in: keys.slice(i, i + 5000) } },
      select: { responseKey: true },
    });
    for (const row of rows) answered.add(invitationByKey.get(row.responseKey)!);
  }
  return answered;
}
