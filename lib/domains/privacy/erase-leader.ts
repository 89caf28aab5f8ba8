import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { notFound } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { tombstoneShares } from '@/lib/domains/sharing/stored-share';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { ERASED_NAME } from './erased';

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Erases a leader's personal data (GDPR art. 17). The row stays, holding nothing personal, so
 * past rounds keep counting who was invited; their answers were never linked to them (decision
 * 0004) and stay only as anonymous contributions to the aggregates. Their personal links stop
 * working, the copies of what they shared with their manager are deleted (each share stays as a
 * nameless tombstone: the manager has seen it, so the anonymity rule still counts it as known to
 * them), and audit entries about them keep what happened and when, but no longer their name or
 * address. One transaction; idempotent.
 */
export async function eraseLeader(caller: StaffActor, leaderId: string, now = new Date()): Promise<void> {
  const { organisationId } = caller;
  await tenantTransaction(organisationId, async (tx) => {
    const leader = await tx.leader.findFirst({ where: { organisationId, id: leaderId } });
    if (!leader) throw notFound();
    if (leader.erasedAt) return;
    const invitationIds = (await tx.invitation.findMany({ where: { organisationId, leaderId }, select: { id: true } })).map((i) => i.id);
    await tx.invitationToken.deleteMany({ where: { organisationId, invitationId: { in: invitationIds } } });
    await tombstoneShares(tx, organisationId, { invitationId: { in: invitationIds } }, now, { leaderName: ERASED_NAME });
    await tx.leader.update({
      where: { organisationId, id: leaderId },
      data: { name: ERASED_NAME, email: `erased+${leader.id}@invalid`, managerEmail: null, locale: null, employeeNumber: null, archivedAt: leader.archivedAt ?? now, erasedAt: now },
    });
    // Entries about the leader, and any whose details name their address (imports, invitations).
    await tx.$executeRaw`
      UPDATE "AuditLogEntry" SET "details" = '{"erased": true}'::jsonb
      WHERE "organisationId" = ${organisationId}::uuid
        AND ("targetId" = ${leaderId} OR "details"::text ILIKE ${`%${likeEscaped(leader.email)}%`})`;
    await tx.devOutboxMail.deleteMany({ where: { to: leader.email } });
    await recordAudit({ ...auditedBy(caller), action: 'leader.erased', target: { type: 'leader', id: leaderId } }, tx);
  });
}
