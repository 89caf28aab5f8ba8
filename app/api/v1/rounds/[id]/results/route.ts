import { apiRoute } from '@/lib/api/api-route';
import { roundResultsEndpoint } from '@/lib/api/v1/results.contract';
import { apiResults } from '@/lib/results/api-results';

export const GET = apiRoute(roundResultsEndpoint, async ({ actor, params, query }) =>
  apiResults(actor, params.id, query.groupId),
);
