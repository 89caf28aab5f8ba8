import { downloadResponse, staffRoute } from '@/lib/edges/api/staff-route';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { auditLogCsv, auditFilterSchema } from '@/lib/domains/audit/queries';
import { recordAudit } from '@/lib/domains/audit/record-audit';

/** The audit log as CSV, behind the same guard as the page; the export itself is audited. */
export const GET = staffRoute({ permission: 'audit:read', query: auditFilterSchema }, async ({ actor, organisation, db, query: filter }) => {
  const csv = await auditLogCsv(db, filter);
  await recordAudit({ ...auditedBy(actor), action: 'audit.exported', ...(filter.action ? { details: { action: filter.action } } : {}) });
  const date = new Date().toISOString().slice(0, 10);
  // A byte order mark so spreadsheet programs read the Danish letters as UTF-8.
  return downloadResponse({ body: `\uFEFF${csv}`, contentType: 'text/csv; charset=utf-8', filename: `audit-${organisation.slug}-${date}.csv` });
});
