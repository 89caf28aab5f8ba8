import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { createLeaderBodySchema, leaderSchema, listLeadersQuerySchema } from '@/lib/domains/leaders/schemas';

export const createLeaderEndpoint = defineEndpoint({
  method: 'post',
  path: '/leaders',
  summary: 'Add a leader to a leader group',
  tag: 'Leaders',
  permission: 'leaders:manage',
  body: createLeaderBodySchema,
  success: { status: 201, description: 'The leader was added', schema: leaderSchema },
  errors: [400, 404, 409, 413],
});

export const listLeadersEndpoint = defineEndpoint({
  method: 'get',
  path: '/leaders',
  summary: "List the organisation's active leaders, optionally of one group and the groups below it",
  tag: 'Leaders',
  permission: 'leaders:read',
  query: listLeadersQuerySchema,
  success: { status: 200, description: 'The active leaders, by name', schema: z.object({ items: z.array(leaderSchema) }) },
  errors: [400, 404],
});

export const leaderEndpoints = [createLeaderEndpoint, listLeadersEndpoint] as const;
