import 'server-only';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { actorEmail, type StaffActor } from '@/lib/domains/auth/actor';

/**
 * The submitted responses of a round this viewer has been shown individually, per snapshot group:
 * the balances leaders shared with them (matched by their e-mail, as the shared-with-me page
 * matches them). Every share counts, in ANY state — active, withdrawn, erased or expired: a
 * withdrawn copy is gone, but the manager has seen it, and what they saw does not go away.
 * An API key and a viewer without an e-mail have been shown nothing.
 *
 * A share is counted in the group its leader was invited in (Invitation.groupId), which is the
 * group their response is counted in. The rule (lib/domains/anonymity/visibility.ts) then shows this
 * viewer only what the responses they have NOT seen still protect; see decision 0005.
 */
export async function knownResponsesByGroup(viewer: StaffActor, roundId: string): Promise<Map<string, number>> {
  const email = actorEmail(viewer)?.trim();
  if (!email) return new Map();
  const { organisationId } = viewer;
  // Addresses compared case-insensitively (one typed with capitals must hide more, never less)
  // and literally: Prisma's `mode: 'insensitive'` compares with ILIKE, where "_" and "%" are wildcards.
  const rows = await scopedDb(organisationId).$queryRaw<{ groupId: string; n: number }[]>`
    SELECT i."groupId" AS "groupId", count(*)::int AS n
    FROM "SharedBalance" s
    JOIN "Invitation" i ON i."organisationId" = s."organisationId" AND i.id = s."invitationId"
    WHERE s."organisationId" = ${organisationId}::uuid AND s."roundId" = ${roundId}::uuid AND lower(s."managerEmail") = lower(${email})
    GROUP BY i."groupId"`;
  return new Map(rows.map((row) => [row.groupId, row.n]));
}
