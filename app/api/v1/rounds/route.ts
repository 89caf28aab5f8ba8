import { apiRoute } from '@/lib/edges/api/api-route';
import { createRoundEndpoint } from '@/lib/edges/api/v1/rounds.contract';
import { createRound } from '@/lib/domains/rounds/mutations';

export const POST = apiRoute(createRoundEndpoint, async ({ actor, body }) => {
  const round = await createRound(actor, body);
  return { id: round.id, status: round.status };
});
