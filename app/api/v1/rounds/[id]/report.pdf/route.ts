import { apiRoute } from '@/lib/edges/api/api-route';
import { roundReportPdfEndpoint } from '@/lib/edges/api/v1/report.contract';
import { reportFile } from '@/lib/domains/report/report-file';

/** The APV report as PDF for an HR system; Danish unless ?locale=en. */
export const GET = apiRoute(roundReportPdfEndpoint, async ({ actor, params, query }) => {
  const file = await reportFile(actor, { roundId: params.id, groupId: query.groupId, locale: query.locale ?? 'da', format: 'pdf', channel: 'api' });
  return new Response(file.body as BodyInit, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' },
  });
});
