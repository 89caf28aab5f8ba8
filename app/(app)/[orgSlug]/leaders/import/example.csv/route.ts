import { NextResponse, type NextRequest } from 'next/server';
import { getLocale } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { getGroupOptions } from '@/lib/groups/queries';
import { PATH_SEPARATOR } from '@/lib/groups/tree';
import { exampleCsv } from '@/lib/leaders/import/example-csv';

/** An example file to fill in, in the user's language, using the organisation's own deepest groups. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ orgSlug: string }> }) {
  try {
    const { orgSlug } = await params;
    const member = await requireOrgMember(orgSlug, { permission: 'leaders:manage' });
    const groups = await getGroupOptions(member.organisation.id);
    const deepest = [...groups].sort((a, b) => b.depth - a.depth).map((g) => g.path.split(PATH_SEPARATOR).join('/'));
    const locale = toLocale(await getLocale());
    const filename = locale === 'da' ? 'ledere-eksempel.csv' : 'leaders-example.csv';
    return new NextResponse(exampleCsv(locale, deepest), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
    });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
