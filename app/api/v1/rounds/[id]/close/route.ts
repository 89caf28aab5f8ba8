import { apiRoute } from '@/lib/api/api-route';
import { closeRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { closeRound } from '@/lib/rounds/mutations';

export const POST = apiRoute(closeRoundEndpoint, async ({ actor, params }) => {
  const round = await closeRound(actor, params.id);
  return { id: round.id, status: round.status };
});
