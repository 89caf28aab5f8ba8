import { apiRoute } from '@/lib/api/api-route';
import { openRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { openRound } from '@/lib/rounds/open-round';

export const POST = apiRoute(openRoundEndpoint, async ({ organisationId, apiKeyId, context, params }) => {
  return openRound({ organisationId, actor: { apiKeyId }, context }, params.id);
});
