import { createAction } from '@/lib/actions-plan/mutations';
import { roundActions } from '@/lib/actions-plan/queries';
import { apiRoute } from '@/lib/api/api-route';
import { apiAction, createActionEndpoint, listActionsEndpoint } from '@/lib/api/v1/actions.contract';
import { viewerFromApiKey } from '@/lib/results/access';

export const GET = apiRoute(listActionsEndpoint, async ({ organisationId, apiKeyId, params }) => {
  const { actions } = await roundActions(viewerFromApiKey(organisationId, apiKeyId), params.id);
  return { items: actions.map(apiAction) };
});

export const POST = apiRoute(createActionEndpoint, async ({ organisationId, apiKeyId, params, body, context }) =>
  apiAction(await createAction(viewerFromApiKey(organisationId, apiKeyId), params.id, body, { context })),
);
