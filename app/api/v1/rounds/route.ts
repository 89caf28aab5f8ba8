import { apiRoute } from '@/lib/api/api-route';
import { createRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { createRound } from '@/lib/rounds/mutations';

export const POST = apiRoute(createRoundEndpoint, async ({ actor, body }) => {
  const round = await createRound(actor, body);
  return { id: round.id, status: round.status };
});
