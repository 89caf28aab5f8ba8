import { apiRoute, revalidated } from '@/lib/edges/api/api-route';
import { roundResultsEndpoint } from '@/lib/edges/api/v1/results.contract';
import { apiResults } from '@/lib/domains/results/api-results';

export const GET = apiRoute(roundResultsEndpoint, async ({ actor, params, query }) => {
  const { body, etag } = await apiResults(actor, params.id, query.groupId);
  return revalidated(body, etag);
});
