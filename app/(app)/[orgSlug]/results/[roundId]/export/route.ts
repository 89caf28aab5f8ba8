import type { NextRequest } from 'next/server';
import { LOCALE_COOKIE, toLocale } from '@/i18n/locale';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { AppError } from '@/lib/errors';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { requestContextFrom } from '@/lib/http/request-context';
import { viewerFromMember } from '@/lib/results/access';
import { exportResults } from '@/lib/results/export';
import { resultsExportQuerySchema } from '@/lib/results/schemas';

/** The viewer's results as CSV or XLSX — behind the same guard and the same rules as the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ orgSlug: string; roundId: string }> }) {
  try {
    const { orgSlug, roundId } = await params;
    const member = await requireOrgMember(orgSlug);
    const query = resultsExportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success) throw new AppError('validation_failed', { messageKey: 'validation.invalid' });
    const file = await exportResults(viewerFromMember(member), {
      roundId,
      format: query.data.format,
      // The same cookie the pages read their language from.
      locale: toLocale(request.cookies.get(LOCALE_COOKIE)?.value),
      organisationName: member.organisation.name,
      context: requestContextFrom(request.headers),
    });
    return new Response(file.body as BodyInit, {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
