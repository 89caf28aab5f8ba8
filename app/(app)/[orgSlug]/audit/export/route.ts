import type { NextRequest } from 'next/server';
import { recordAudit } from '@/lib/audit/record-audit';
import { auditLogCsv, parseAuditFilter } from '@/lib/audit/queries';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { requestContextFrom } from '@/lib/http/request-context';

/** The audit log as CSV, behind the same guard as the page; the export itself is audited. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ orgSlug: string }> }) {
  try {
    const { orgSlug } = await params;
    const member = await requireOrgMember(orgSlug, { permission: 'audit:read' });
    const filter = parseAuditFilter(Object.fromEntries(request.nextUrl.searchParams));
    const csv = await auditLogCsv(member.db, filter);
    await recordAudit({
      organisationId: member.organisation.id,
      action: 'audit.exported',
      actor: { userId: member.user.id },
      context: requestContextFrom(request.headers),
      ...(filter.action ? { details: { action: filter.action } } : {}),
    });
    const date = new Date().toISOString().slice(0, 10);
    // A byte order mark so spreadsheet programs read the Danish letters as UTF-8.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${orgSlug}-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
