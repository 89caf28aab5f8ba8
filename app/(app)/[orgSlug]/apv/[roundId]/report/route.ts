import { downloadResponse, staffRoute } from '@/lib/edges/api/staff-route';
import { reportFile } from '@/lib/domains/report/report-file';
import { reportDownloadQuerySchema } from '@/lib/domains/report/schemas';

/** The APV report (PDF) or its data (CSV/XLSX) for a signed-in member — the same rules as the API. */
export const GET = staffRoute<typeof reportDownloadQuerySchema, undefined, { roundId: string }>({ permission: 'reports:read', query: reportDownloadQuerySchema }, async ({ actor, params, query }) =>
  downloadResponse(
    await reportFile(actor, {
      roundId: params.roundId,
      groupId: query.groupId,
      format: query.format,
      // ?locale= wins; else the language the pages are shown in.
      locale: query.locale ?? actor.locale,
      channel: 'page',
    }),
  ),
);
