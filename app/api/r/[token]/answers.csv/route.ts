import { linkRoute } from '@/lib/domains/responses/link-route';
import { ownAnswersCsv } from '@/lib/domains/responses/own-answers-csv';
import { getOwnResponse } from '@/lib/domains/responses/queries';

export const dynamic = 'force-dynamic';

/** The leader's own answers as CSV: theirs to keep, reachable only through their link. */
export const GET = linkRoute(async (ctx, request) => {
  const locale = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'da';
  const csv = ownAnswersCsv(ctx.questionnaire, await getOwnResponse(ctx), locale);
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="ledertrivsel-mine-svar.csv"' },
  });
});
