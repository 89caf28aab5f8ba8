import { apiRoute } from '@/lib/edges/api/api-route';
import { createGroupEndpoint, groupOut, listGroupsEndpoint } from '@/lib/edges/api/v1/groups.contract';
import { AppError } from '@/lib/platform/errors';
import { createGroup } from '@/lib/domains/groups/mutations';
import { listGroupsPage } from '@/lib/domains/groups/queries';

export const POST = apiRoute(createGroupEndpoint, async ({ actor, body }) => groupOut(await createGroup(actor, { name: body.name, parentId: body.parentId ?? null })));

export const GET = apiRoute(listGroupsEndpoint, async ({ actor, query }) => {
  const page = await listGroupsPage(actor.organisationId, query);
  if (!page) throw new AppError('validation_failed', { userMessage: 'The query is invalid.', details: [{ path: 'cursor', message: 'No group of this list has this id.' }] });
  return { items: page.items.map(groupOut), nextCursor: page.nextCursor };
});
