import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { createGroupBodySchema, groupSchema } from '@/lib/domains/groups/schemas';

export const createGroupEndpoint = defineEndpoint({
  method: 'post',
  path: '/groups',
  summary: 'Create a leader group, at the top or below a parent group',
  tag: 'Groups',
  permission: 'groups:manage',
  body: createGroupBodySchema,
  success: { status: 201, description: 'The group was created', schema: groupSchema },
  errors: [400, 404, 409, 413],
});

export const listGroupsEndpoint = defineEndpoint({
  method: 'get',
  path: '/groups',
  summary: "List the organisation's active (non-archived) leader groups, in tree order",
  tag: 'Groups',
  permission: 'groups:read',
  success: { status: 200, description: 'The active groups; parentId links them into a tree', schema: z.object({ items: z.array(groupSchema) }) },
  errors: [],
});

export const groupEndpoints = [createGroupEndpoint, listGroupsEndpoint] as const;
