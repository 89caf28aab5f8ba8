import { z } from 'zod';
import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { createGroupBodySchema, groupSchema, updateGroupBodySchema } from '@/lib/domains/groups/schemas';
import { pageOf, pageQuerySchema } from '@/lib/platform/validation/pagination';
import type { ApiGroup } from '@/lib/domains/groups/queries';

// Not z.uuid(): a malformed id is as unknown as another organisation's, so both answer 404.
const groupIdParams = z.object({ id: z.string().describe('The group id (UUID)') });

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
  summary: "List the organisation's leader groups in tree order (parents before children), a page at a time",
  tag: 'Groups',
  permission: 'groups:read',
  query: pageQuerySchema,
  success: { status: 200, description: 'One page of groups; parentId links them into a tree', schema: pageOf(groupSchema) },
  errors: [400],
  errorNotes: { 400: 'Invalid query, or a cursor that names no group of this list' },
});

export const getGroupEndpoint = defineEndpoint({
  method: 'get',
  path: '/groups/{id}',
  summary: 'One leader group, active or archived',
  tag: 'Groups',
  permission: 'groups:read',
  params: groupIdParams,
  success: { status: 200, description: 'The group', schema: groupSchema },
  errors: [404],
});

export const updateGroupEndpoint = defineEndpoint({
  method: 'patch',
  path: '/groups/{id}',
  summary: 'Rename a group and/or move it (with everything below it) in the tree',
  tag: 'Groups',
  permission: 'groups:manage',
  params: groupIdParams,
  body: updateGroupBodySchema,
  success: { status: 200, description: 'The group as it is now. Rounds already opened keep the groups as they were.', schema: groupSchema },
  errors: [400, 404, 409, 413],
  errorNotes: { 400: 'Invalid input, or a move below the group itself or one of its descendants', 409: 'The group is archived, or a sibling already has the name' },
});

export const archiveGroupEndpoint = defineEndpoint({
  method: 'delete',
  path: '/groups/{id}',
  summary: 'Archive an empty group (its history and past rounds stay); archiving an archived group changes nothing',
  tag: 'Groups',
  permission: 'groups:manage',
  params: groupIdParams,
  success: { status: 204, description: 'The group is archived' },
  errors: [404, 409],
  errorNotes: { 409: 'The group still has active leaders or groups below it' },
});

export const groupEndpoints = [createGroupEndpoint, listGroupsEndpoint, getGroupEndpoint, updateGroupEndpoint, archiveGroupEndpoint] as const;

/** A group as every group endpoint answers it. */
export const groupOut = (group: ApiGroup): z.input<typeof groupSchema> => ({
  id: group.id,
  name: group.name,
  parentId: group.parentId,
  archivedAt: group.archivedAt?.toISOString() ?? null,
  updatedAt: group.updatedAt.toISOString(),
});
