import { apiRoute } from '@/lib/edges/api/api-route';
import { archiveLeaderEndpoint, getLeaderEndpoint, leaderOut, updateLeaderEndpoint } from '@/lib/edges/api/v1/leaders.contract';
import { notFound } from '@/lib/platform/errors';
import { archiveLeader, updateLeader } from '@/lib/domains/leaders/mutations';
import { getApiLeader } from '@/lib/domains/leaders/queries';

export const GET = apiRoute(getLeaderEndpoint, async ({ actor, params }) => {
  const leader = await getApiLeader(actor.organisationId, params.id);
  if (!leader) throw notFound();
  return leaderOut(leader);
});

export const PATCH = apiRoute(updateLeaderEndpoint, async ({ actor, params, body }) => leaderOut(await updateLeader(actor, params.id, body)));

export const DELETE = apiRoute(archiveLeaderEndpoint, async ({ actor, params }) => {
  await archiveLeader(actor, params.id);
});
