import { createAction } from '@/lib/domains/action-plan/mutations';
import { roundActions } from '@/lib/domains/action-plan/queries';
import { apiRoute } from '@/lib/edges/api/api-route';
import { apiAction, createActionEndpoint, listActionsEndpoint } from '@/lib/edges/api/v1/actions.contract';

export const GET = apiRoute(listActionsEndpoint, async ({ actor, params }) => {
  const { actions } = await roundActions(actor, params.id);
  return { items: actions.map(apiAction) };
});

export const POST = apiRoute(createActionEndpoint, async ({ actor, params, body }) => apiAction(await createAction(actor, params.id, body)));
