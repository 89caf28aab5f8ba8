import { apiRoute } from '@/lib/edges/api/api-route';
import { openRoundEndpoint } from '@/lib/edges/api/v1/rounds.contract';
import { openOrRequestApproval } from '@/lib/domains/rounds/approval-request';

export const POST = apiRoute(openRoundEndpoint, async ({ actor, params }) => {
  return openOrRequestApproval(actor, params.id);
});
