import { apiRoute } from '@/lib/api/api-route';
import { createGroupEndpoint, listGroupsEndpoint } from '@/lib/api/v1/groups.contract';
import { createGroup } from '@/lib/groups/mutations';
import { listActiveGroups } from '@/lib/groups/queries';

export const POST = apiRoute(createGroupEndpoint, async ({ organisationId, apiKeyId, context, body }) => {
  const group = await createGroup({ organisationId, actor: { apiKeyId }, context }, { name: body.name, parentId: body.parentId ?? null });
  return { id: group.id, name: group.name, parentId: group.parentId };
});

export const GET = apiRoute(listGroupsEndpoint, async ({ organisationId }) => ({ items: await listActiveGroups(organisationId) }));
