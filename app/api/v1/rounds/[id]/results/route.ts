import { apiRoute } from '@/lib/api/api-route';
import { roundResultsEndpoint } from '@/lib/api/v1/results.contract';
import { viewerFromApiKey } from '@/lib/results/access';
import { apiResults } from '@/lib/results/api-results';

export const GET = apiRoute(roundResultsEndpoint, async ({ organisationId, apiKeyId, params, query, context }) =>
  apiResults(viewerFromApiKey(organisationId, apiKeyId), params.id, query.groupId, context),
);
