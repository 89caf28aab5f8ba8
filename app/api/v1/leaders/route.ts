import { apiRoute } from '@/lib/edges/api/api-route';
import { createLeaderEndpoint, leaderOut, listLeadersEndpoint } from '@/lib/edges/api/v1/leaders.contract';
import { notFound } from '@/lib/platform/errors';
import { getGroupPath } from '@/lib/domains/groups/queries';
import { createLeader } from '@/lib/domains/leaders/mutations';
import { listLeadersPage } from '@/lib/domains/leaders/queries';

export const POST = apiRoute(createLeaderEndpoint, async ({ actor, body }) =>
  leaderOut(
    await createLeader(actor, {
      name: body.name,
      email: body.email,
      groupId: body.groupId,
      managerEmail: body.managerEmail ?? null,
      locale: body.locale ?? null,
      employeeNumber: body.employeeNumber ?? null,
    }),
  ),
);

export const GET = apiRoute(listLeadersEndpoint, async ({ actor, query }) => {
  if (query.groupId && (await getGroupPath(actor.organisationId, query.groupId)) === null) throw notFound();
  const page = await listLeadersPage(actor.organisationId, query);
  return { items: page.items.map(leaderOut), nextCursor: page.nextCursor };
});
