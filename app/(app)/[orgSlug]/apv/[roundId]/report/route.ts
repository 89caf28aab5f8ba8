import type { NextRequest } from 'next/server';
import { LOCALE_COOKIE, toLocale } from '@/i18n/locale';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { AppError } from '@/lib/errors';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { requestContextFrom } from '@/lib/http/request-context';
import { reportFile } from '@/lib/report/report-file';
import { reportDownloadQuerySchema } from '@/lib/report/schemas';
import { viewerFromMember } from '@/lib/results/access';

/** The APV report (PDF) or its data (CSV/XLSX) for a signed-in member — the same rules as the API. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ orgSlug: string; roundId: string }> }) {
  try {
    const { orgSlug, roundId } = await params;
    const member = await requireOrgMember(orgSlug, { permission: 'reports:read' });
    const query = reportDownloadQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success) throw new AppError('validation_failed', { messageKey: 'validation.invalid' });
    const file = await reportFile(viewerFromMember(member), {
      roundId,
      groupId: query.data.groupId,
      format: query.data.format,
      // ?locale= wins; else the language the pages are shown in.
      locale: query.data.locale ?? toLocale(request.cookies.get(LOCALE_COOKIE)?.value),
      channel: 'page',
      context: requestContextFrom(request.headers),
    });
    return new Response(file.body as BodyInit, {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
