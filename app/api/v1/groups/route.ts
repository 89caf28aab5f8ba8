import { apiRoute } from '@/lib/edges/api/api-route';
import { createGroupEndpoint, listGroupsEndpoint } from '@/lib/edges/api/v1/groups.contract';
import { createGroup } from '@/lib/domains/groups/mutations';
import { listActiveGroups } from '@/lib/domains/groups/queries';

export const POST = apiRoute(createGroupEndpoint, async ({ actor, body }) => {
  const group = await createGroup(actor, { name: body.name, parentId: body.parentId ?? null });
  return { id: group.id, name: group.name, parentId: group.parentId };
});

export const GET = apiRoute(listGroupsEndpoint, async ({ actor }) => ({ items: await listActiveGroups(actor.organisationId) }));
