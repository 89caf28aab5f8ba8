import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { actionStatuses, createActionSchema, responsibleLevels } from '@/lib/domains/action-plan/schemas';
import type { ActionView } from '@/lib/domains/action-plan/view';

const roundIdParams = z.object({ id: z.string().describe('The round id (UUID)') });

export const actionSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  groupId: z.string().nullable().describe('null: an action for the whole organisation'),
  title: z.string(),
  why: z.string().nullable().describe('Which strain to turn down or resource to turn up, in words'),
  factorKey: z.string().nullable().describe('The strain or resource of the balance model (its key), if any'),
  sourceKey: z.string().nullable().describe('The dialogue question or chart it came from, if any'),
  responsibleLevel: z.enum(responsibleLevels),
  ownerName: z.string().nullable(),
  ownerEmail: z.string().nullable(),
  dueDate: z.iso.date(),
  priority: z.number().int().describe('1 is done first'),
  status: z.enum(actionStatuses),
  overdue: z.boolean().describe('Planned or in progress, and its due day has passed (Danish time)'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** An action as the API answers it: instants as ISO 8601 strings. */
export function apiAction(action: ActionView): z.input<typeof actionSchema> {
  return { ...action, createdAt: action.createdAt.toISOString(), updatedAt: action.updatedAt.toISOString() };
}

export const listActionsEndpoint = defineEndpoint({
  method: 'get',
  path: '/rounds/{id}/actions',
  summary: "A closed round's action plan: every group's actions and the organisation-wide ones, most urgent first",
  tag: 'Action plan',
  permission: 'action-plan:read',
  params: roundIdParams,
  success: { status: 200, description: 'The actions', schema: z.object({ items: z.array(actionSchema) }) },
  errors: [404, 409],
});

export const createActionEndpoint = defineEndpoint({
  method: 'post',
  path: '/rounds/{id}/actions',
  summary: "Add an action to a closed round's plan, for one of its groups or (groupId null) the whole organisation",
  tag: 'Action plan',
  permission: 'action-plan:manage',
  params: roundIdParams,
  body: createActionSchema,
  success: { status: 201, description: 'The created action', schema: actionSchema },
  errors: [400, 404, 409],
});

export const actionEndpoints = [listActionsEndpoint, createActionEndpoint] as const;
