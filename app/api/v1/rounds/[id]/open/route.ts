import { apiRoute } from '@/lib/api/api-route';
import { openRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { openOrRequestApproval } from '@/lib/rounds/approval-request';

export const POST = apiRoute(openRoundEndpoint, async ({ actor, params }) => {
  return openOrRequestApproval(actor, params.id);
});
