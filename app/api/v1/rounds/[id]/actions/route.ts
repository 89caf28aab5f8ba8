import { createAction } from '@/lib/actions-plan/mutations';
import { roundActions } from '@/lib/actions-plan/queries';
import { apiRoute } from '@/lib/api/api-route';
import { apiAction, createActionEndpoint, listActionsEndpoint } from '@/lib/api/v1/actions.contract';

export const GET = apiRoute(listActionsEndpoint, async ({ actor, params }) => {
  const { actions } = await roundActions(actor, params.id);
  return { items: actions.map(apiAction) };
});

export const POST = apiRoute(createActionEndpoint, async ({ actor, params, body }) =>
  apiAction(await createAction(actor, params.id, body)),
);
