import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { shareGroupTreeLock } from '@/lib/domains/groups/locks';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { checkRows, type ImportContext, type ImportPreview, type PreviewRow, type RowChange } from './check-rows';
import { parseCsv } from './parse-csv';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

const groupSelect = { id: true, name: true, parentId: true, archivedAt: true } as const;
const leaderSelect = { id: true, email: true, name: true, groupId: true, managerEmail: true, locale: true, employeeNumber: true, archivedAt: true } as const;
type LeaderRow = { id: string; email: string; name: string; groupId: string; managerEmail: string | null; locale: 'da' | 'en' | null; employeeNumber: string | null; archivedAt: Date | null };

function contextOf(groups: ImportContext['groups'], leaders: LeaderRow[]): ImportContext {
  return { groups, existing: new Map(leaders.map(({ archivedAt, ...leader }) => [leader.email, { ...leader, archived: archivedAt !== null }])) };
}

const fieldOf = {
  name: 'name',
  email: 'email',
  group: 'groupId',
  managerEmail: 'managerEmail',
  language: 'locale',
  employeeNumber: 'employeeNumber',
} as const satisfies Record<RowChange, keyof LeaderRow>;

/**
 * Writes one row's changes to the leader on file, audited as the leader page's edits are. A new
 * e-mail is an ordinary update of the row, so the database trigger stamps emailChangedAt and the
 * round approval lists the redirected address as it lists one changed on the leader page.
 */
async function applyRowChanges(tx: Tx, caller: StaffActor, row: PreviewRow, leader: LeaderRow): Promise<void> {
  const next = {
    name: row.name,
    email: row.email,
    groupId: row.groupId!,
    managerEmail: row.managerEmail === '' ? null : row.managerEmail,
    locale: row.locale,
    employeeNumber: row.employeeNumber === '' ? leader.employeeNumber : row.employeeNumber,
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const change of row.changes) changes[fieldOf[change]] = { from: leader[fieldOf[change]], to: next[fieldOf[change]] };
  const data = Object.fromEntries(Object.entries(changes).map(([field, { to }]) => [field, to]));
  await tx.leader.update({ where: { organisationId: caller.organisationId, id: leader.id }, data });
  await recordAudit({ ...auditedBy(caller), action: 'leader.updated', target: { type: 'leader', id: leader.id }, details: { changes, byImport: true } as Prisma.InputJsonObject }, tx);
}

/** What importing this CSV would do, row by row. Writes nothing. */
export async function previewImport(organisationId: string, csv: string): Promise<ImportPreview> {
  const parsed = parseCsv(csv);
  if (parsed.fileProblems.length > 0) return checkRows(parsed, contextOf([], []));
  const scoped = scopedDb(organisationId);
  const [groups, leaders] = await Promise.all([scoped.leaderGroup.findMany({ select: groupSelect }), scoped.leader.findMany({ select: leaderSelect })]);
  return checkRows(parsed, contextOf(groups, leaders));
}

export type ImportResult =
  | { imported: true; added: number; updated: number; archived: number }
  /** `changedMeanwhile`: the leaders to archive are no longer those HR saw in the preview. */
  | { imported: false; preview: ImportPreview; changedMeanwhile?: true };

export interface CommitOptions {
  /** The leaders missing from the file that HR, seeing the preview, chose to archive: all of them or none. */
  archiveIds?: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * Imports every row or none: new leaders are added, leaders on file updated, and — when HR
 * confirmed the file is the whole list — the active leaders it leaves out archived. The CSV is
 * checked again here, inside the transaction — what the preview showed may be stale, and the
 * server never trusts a preview it did not make. If any row has a problem, or the leaders to
 * archive are not exactly the ones HR saw, nothing is written and the fresh preview comes back.
 */
export async function commitImport(caller: StaffActor, csv: string, options: CommitOptions = {}): Promise<ImportResult> {
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
        const archiveIds = options.archiveIds ?? [];
        if (
          archiveIds.length > 0 &&
          !sameSet(
            archiveIds,
            preview.missing.map((m) => m.id),
          )
        )
          return { imported: false, preview, changedMeanwhile: true } as const;

        const adds = preview.rows.filter((row) => row.outcome === 'add');
        await tx.leader.createMany({
          data: adds.map((row) => ({
            organisationId,
            groupId: row.groupId!,
            name: row.name,
            email: row.email,
            managerEmail: row.managerEmail === '' ? null : row.managerEmail,
            locale: row.locale,
            employeeNumber: row.employeeNumber === '' ? null : row.employeeNumber,
          })),
        });
        const updates = preview.rows.filter((row) => row.outcome === 'update');
        for (const row of updates)
          await applyRowChanges(
            tx,
            caller,
            row,
            leaders.find((l) => l.id === row.leaderId)!,
          );
        if (archiveIds.length > 0) {
          const archivedAt = new Date();
          await tx.leader.updateMany({ where: { organisationId, id: { in: [...archiveIds] }, archivedAt: null }, data: { archivedAt } });
          for (const leader of preview.missing)
            await recordAudit({ ...auditedBy(caller), action: 'leader.archived', target: { type: 'leader', id: leader.id }, details: { name: leader.name, byImport: true } }, tx);
        }
        const counts = { added: adds.length, updated: updates.length, archived: archiveIds.length };
        await recordAudit({ ...auditedBy(caller), action: 'leaders.imported', target: { type: 'organisation', id: organisationId }, details: counts }, tx);
        return { imported: true, ...counts } as const;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Someone took one of these e-mails or numbers in the same instant: nothing was written; preview again.
    if ((error as { code?: unknown }).code === 'P2002') throw new AppError('conflict', { messageKey: 'import.errors.changedMeanwhile' });
    throw error;
  }
}
