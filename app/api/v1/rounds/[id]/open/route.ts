import { apiRoute } from '@/lib/api/api-route';
import { openRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { openOrRequestApproval } from '@/lib/rounds/approval-request';

export const POST = apiRoute(openRoundEndpoint, async ({ organisationId, apiKeyId, context, params }) => {
  return openOrRequestApproval({ organisationId, actor: { apiKeyId }, context }, params.id);
});
