import { apiRoute } from '@/lib/api/api-route';
import { getRoundEndpoint } from '@/lib/api/v1/rounds.contract';
import { notFound } from '@/lib/errors';
import { getRoundSummary } from '@/lib/rounds/queries';

export const GET = apiRoute(getRoundEndpoint, async ({ db, params }) => {
  const round = await getRoundSummary(db, params.id);
  if (!round) throw notFound();
  const { id, name, status, opensAt, closesAt, invited, responded } = round;
  return { id, name, status, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), invited, responded };
});
