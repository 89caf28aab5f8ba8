import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { createLeaderBodySchema, leaderSchema, listLeadersQuerySchema, updateLeaderBodySchema } from '@/lib/domains/leaders/schemas';
import { pageOf } from '@/lib/platform/validation/pagination';
import type { ApiLeader } from '@/lib/domains/leaders/queries';

// Not z.uuid(): a malformed id is as unknown as another organisation's, so both answer 404.
const leaderIdParams = z.object({ id: z.string().describe('The leader id (UUID)') });

export const createLeaderEndpoint = defineEndpoint({
  method: 'post',
  path: '/leaders',
  summary: 'Add a leader to a leader group',
  tag: 'Leaders',
  permission: 'leaders:manage',
  body: createLeaderBodySchema,
  success: { status: 201, description: 'The leader was added', schema: leaderSchema },
  errors: [400, 404, 409, 413],
  errorNotes: { 409: 'Another leader has the e-mail address or the employee number' },
});

export const listLeadersEndpoint = defineEndpoint({
  method: 'get',
  path: '/leaders',
  summary: "List the organisation's leaders in id order, a page at a time, optionally of one group and the groups below it",
  tag: 'Leaders',
  permission: 'leaders:read',
  query: listLeadersQuerySchema,
  success: { status: 200, description: 'One page of leaders', schema: pageOf(leaderSchema) },
  errors: [400, 404],
});

export const getLeaderEndpoint = defineEndpoint({
  method: 'get',
  path: '/leaders/{id}',
  summary: 'One leader, active or archived',
  tag: 'Leaders',
  permission: 'leaders:read',
  params: leaderIdParams,
  success: { status: 200, description: 'The leader', schema: leaderSchema },
  errors: [404],
});

export const updateLeaderEndpoint = defineEndpoint({
  method: 'patch',
  path: '/leaders/{id}',
  summary: "Change a leader's name, e-mail, group, manager, language or employee number; only the fields sent change",
  tag: 'Leaders',
  permission: 'leaders:manage',
  params: leaderIdParams,
  body: updateLeaderBodySchema,
  success: { status: 200, description: 'The leader as they are now. Rounds already opened keep the leader in the group they had then.', schema: leaderSchema },
  errors: [400, 404, 409, 413],
  errorNotes: { 409: 'The leader is archived, or another leader has the e-mail address or the employee number' },
});

export const archiveLeaderEndpoint = defineEndpoint({
  method: 'delete',
  path: '/leaders/{id}',
  summary: 'Archive a leader: no new invitations, while past rounds keep counting them; archiving an archived leader changes nothing',
  tag: 'Leaders',
  permission: 'leaders:manage',
  params: leaderIdParams,
  success: { status: 204, description: 'The leader is archived' },
  errors: [404],
});

export const leaderEndpoints = [createLeaderEndpoint, listLeadersEndpoint, getLeaderEndpoint, updateLeaderEndpoint, archiveLeaderEndpoint] as const;

/** A leader as every leader endpoint answers them. */
export const leaderOut = (leader: ApiLeader): z.input<typeof leaderSchema> => ({
  id: leader.id,
  name: leader.name,
  email: leader.email,
  groupId: leader.groupId,
  managerEmail: leader.managerEmail,
  locale: leader.locale,
  employeeNumber: leader.employeeNumber,
  archivedAt: leader.archivedAt?.toISOString() ?? null,
  updatedAt: leader.updatedAt.toISOString(),
});
