import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { shareGroupTreeLock } from '@/lib/domains/groups/locks';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { checkRows, type ImportContext, type ImportPreview } from './check-rows';
import { parseCsv } from './parse-csv';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

const groupSelect = { id: true, name: true, parentId: true, archivedAt: true } as const;
const leaderSelect = { email: true, name: true, archivedAt: true } as const;

function contextOf(groups: ImportContext['groups'], leaders: { email: string; name: string; archivedAt: Date | null }[]): ImportContext {
  return { groups, existing: new Map(leaders.map((l) => [l.email, { name: l.name, archived: l.archivedAt !== null }])) };
}

/** What importing this CSV would do, row by row. Writes nothing. */
export async function previewImport(organisationId: string, csv: string): Promise<ImportPreview> {
  const parsed = parseCsv(csv);
  if (parsed.fileProblems.length > 0) return checkRows(parsed, contextOf([], []));
  const scoped = scopedDb(organisationId);
  const [groups, leaders] = await Promise.all([scoped.leaderGroup.findMany({ select: groupSelect }), scoped.leader.findMany({ select: leaderSelect })]);
  return checkRows(parsed, contextOf(groups, leaders));
}

export type ImportResult = { imported: true; count: number } | { imported: false; preview: ImportPreview };

/**
 * Imports every row or none. The CSV is checked again here, inside the transaction — what the
 * preview showed may be stale, and the server never trusts a preview it did not make. If any
 * row has a problem nothing is written and the fresh preview comes back instead.
 */
export async function commitImport(caller: StaffActor, csv: string): Promise<ImportResult> {
  const { organisationId } = caller;
  const parsed = parseCsv(csv);
  if (parsed.fileProblems.length > 0) return { imported: false, preview: checkRows(parsed, contextOf([], [])) };
  try {
    return await tenantTransaction(
      organisationId,
      async (tx) => {
        // Shared with other leader writes, exclusive against group changes: no group can be
        // archived or moved between the check and the insert.
        await shareGroupTreeLock(tx, organisationId);
        const groups = await tx.leaderGroup.findMany({ where: { organisationId }, select: groupSelect });
        const leaders = await tx.leader.findMany({ where: { organisationId }, select: leaderSelect });
        const preview = checkRows(parsed, contextOf(groups, leaders));
        if (!preview.ready) return { imported: false, preview } as const;
        await tx.leader.createMany({
          data: preview.rows.map((row) => ({
            organisationId,
            groupId: row.groupId!,
            name: row.name,
            email: row.email,
            managerEmail: row.managerEmail === '' ? null : row.managerEmail,
            locale: row.locale,
          })),
        });
        await recordAudit({ ...auditedBy(caller), action: 'leaders.imported', target: { type: 'organisation', id: organisationId }, details: { count: preview.rows.length } }, tx);
        return { imported: true, count: preview.rows.length } as const;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Someone added one of these e-mails in the same instant: nothing was written; preview again.
    if ((error as { code?: unknown }).code === 'P2002') throw new AppError('conflict', { messageKey: 'import.errors.changedMeanwhile' });
    throw error;
  }
}
