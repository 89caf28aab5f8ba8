import { apiRoute } from '@/lib/edges/api/api-route';
import { archiveGroupEndpoint, getGroupEndpoint, groupOut, updateGroupEndpoint } from '@/lib/edges/api/v1/groups.contract';
import { notFound } from '@/lib/platform/errors';
import { archiveGroup, updateGroup } from '@/lib/domains/groups/mutations';
import { getApiGroup } from '@/lib/domains/groups/queries';

export const GET = apiRoute(getGroupEndpoint, async ({ actor, params }) => {
  const group = await getApiGroup(actor.organisationId, params.id);
  if (!group) throw notFound();
  return groupOut(group);
});

export const PATCH = apiRoute(updateGroupEndpoint, async ({ actor, params, body }) => groupOut(await updateGroup(actor, params.id, body)));

export const DELETE = apiRoute(archiveGroupEndpoint, async ({ actor, params }) => {
  await archiveGroup(actor, { groupId: params.id });
});
