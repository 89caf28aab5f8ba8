import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * A leader reaches their own group's results, workshop notes and action plan by signing in with
 * the address HR has on file — nobody has to invite them as a member one by one. At each
 * sign-in, every organisation where an active leader has this address, and where the person is
 * not a member yet, gets a LEADER membership, audited as `member.joined-as-leader` in that
 * organisation's log. The role reads only the leader's own group, in rounds they were invited
 * to, once the round has closed and only if the anonymity rule shows the group
 * (visibleGroupsFor's "own-group" reach): a membership made this way can see no more than one
 * HR would have made by hand. An existing membership, whatever its role, is left as it is.
 *
 * Returns the organisations joined. `only` limits it to one organisation: an organisation's single
 * sign-on vouches for its own people, not for whoever else lists the address.
 */
export async function joinAsLeaderWhereListed(userId: string, email: string, only?: { organisationId: string }): Promise<string[]> {
  const address = email.trim().toLowerCase();
  // Across organisations by design: the system context, for this one address's rows only.
  return systemTransaction(async (tx) => {
    const listed = await tx.leader.findMany({ where: { email: address, archivedAt: null, ...(only ? { organisationId: only.organisationId } : {}) }, select: { organisationId: true, id: true } });
    if (listed.length === 0) return [];
    const memberOf = new Set((await tx.membership.findMany({ where: { userId }, select: { organisationId: true } })).map((m) => m.organisationId));
    const joined: string[] = [];
    for (const leader of listed) {
      if (memberOf.has(leader.organisationId) || joined.includes(leader.organisationId)) continue;
      const membership = await tx.membership.create({ data: { organisationId: leader.organisationId, userId, role: 'LEADER' } });
      await recordAudit(
        { organisationId: leader.organisationId, action: 'member.joined-as-leader', actor: { userId }, target: { type: 'membership', id: membership.id }, details: { leaderId: leader.id } },
        tx,
      );
      joined.push(leader.organisationId);
    }
    return joined;
  });
}
