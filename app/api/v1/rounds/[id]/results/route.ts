import { apiRoute } from '@/lib/edges/api/api-route';
import { roundResultsEndpoint } from '@/lib/edges/api/v1/results.contract';
import { apiResults } from '@/lib/domains/results/api-results';

export const GET = apiRoute(roundResultsEndpoint, async ({ actor, params, query }) => apiResults(actor, params.id, query.groupId));
