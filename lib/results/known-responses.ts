import 'server-only';
import { scopedDb } from '@/lib/tenant/scoped-db';
import type { ResultsViewer } from './access';

/**
 * The submitted responses of a round this viewer has been shown individually, per snapshot group:
 * the balances leaders shared with them (matched by their e-mail, as the shared-with-me page
 * matches them). Every share counts, in ANY state — active, withdrawn, erased or expired: a
 * withdrawn copy is gone, but the manager has seen it, and what they saw does not go away.
 * An API key and a viewer without an e-mail have been shown nothing.
 *
 * A share is counted in the group its leader was invited in (Invitation.groupId), which is the
 * group their response is counted in. The rule (lib/results/visibility.ts) then shows this
 * viewer only what the responses they have NOT seen still protect; see decision 0005.
 */
export async function knownResponsesByGroup(viewer: Pick<ResultsViewer, 'organisationId' | 'email'>, roundId: string): Promise<Map<string, number>> {
  const email = viewer.email?.trim();
  if (!email) return new Map();
  const tenant = scopedDb(viewer.organisationId);
  // Case-insensitive: an address typed with capitals somewhere must hide more, never less.
  const shares = await tenant.sharedBalance.findMany({ where: { roundId, managerEmail: { equals: email, mode: 'insensitive' } }, select: { invitationId: true } });
  if (shares.length === 0) return new Map();
  const byGroup = await tenant.invitation.groupBy({
    by: ['groupId'],
    where: { roundId, id: { in: [...new Set(shares.map((s) => s.invitationId))] } },
    _count: { _all: true },
  });
  return new Map(byGroup.map((row) => [row.groupId, row._count._all]));
}
