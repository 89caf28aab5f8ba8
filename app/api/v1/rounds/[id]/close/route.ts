import { apiRoute } from '@/lib/edges/api/api-route';
import { closeRoundEndpoint } from '@/lib/edges/api/v1/rounds.contract';
import { closeRound } from '@/lib/domains/rounds/mutations';

export const POST = apiRoute(closeRoundEndpoint, async ({ actor, params }) => {
  const round = await closeRound(actor, params.id);
  return { id: round.id, status: round.status };
});
