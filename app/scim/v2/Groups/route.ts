import { createGroup, listGroups } from '@/lib/edges/scim/group-handlers';
import { scimRoute } from '@/lib/edges/scim/scim-route';

export const GET = scimRoute('groups:read', listGroups);
export const POST = scimRoute('groups:manage', createGroup);
