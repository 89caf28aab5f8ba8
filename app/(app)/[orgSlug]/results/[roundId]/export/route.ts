import { downloadResponse, staffRoute } from '@/lib/edges/api/staff-route';
import { exportResults } from '@/lib/domains/results/export';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { resultsExportQuerySchema } from '@/lib/domains/results/schemas';

/** The viewer's results as CSV or XLSX — behind the same guard and the same rules as the page. */
export const GET = staffRoute<typeof resultsExportQuerySchema, undefined, { roundId: string }>(
  { permission: resultsReadPermissions, query: resultsExportQuerySchema },
  async ({ actor, organisation, params, query }) =>
    downloadResponse(await exportResults(actor, { roundId: params.roundId, format: query.format, locale: actor.locale, organisationName: organisation.name })),
);
