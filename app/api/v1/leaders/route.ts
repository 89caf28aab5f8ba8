import { apiRoute } from '@/lib/edges/api/api-route';
import { createLeaderEndpoint, listLeadersEndpoint } from '@/lib/edges/api/v1/leaders.contract';
import { notFound } from '@/lib/platform/errors';
import { getGroupPath } from '@/lib/domains/groups/queries';
import { createLeader } from '@/lib/domains/leaders/mutations';
import { listLeaders } from '@/lib/domains/leaders/queries';

const shape = ({ id, name, email, groupId, managerEmail, locale }: { id: string; name: string; email: string; groupId: string; managerEmail: string | null; locale: 'da' | 'en' | null }) => ({
  id,
  name,
  email,
  groupId,
  managerEmail,
  locale,
});

export const POST = apiRoute(createLeaderEndpoint, async ({ actor, body }) => {
  const leader = await createLeader(actor, { name: body.name, email: body.email, groupId: body.groupId, managerEmail: body.managerEmail ?? null, locale: body.locale ?? null });
  return shape(leader);
});

// An API integration mirrors the whole organisation, so the list is not cut at the HR page's size.
export const GET = apiRoute(listLeadersEndpoint, async ({ actor, query }) => {
  if (query.groupId && (await getGroupPath(actor.organisationId, query.groupId)) === null) throw notFound();
  const { items } = await listLeaders(actor.organisationId, { groupId: query.groupId, take: 100_000 });
  return { items: items.map(shape) };
});
