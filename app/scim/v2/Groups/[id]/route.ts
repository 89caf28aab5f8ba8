import { deleteGroup, getGroup, patchGroup, replaceGroup } from '@/lib/edges/scim/group-handlers';
import { scimRoute } from '@/lib/edges/scim/scim-route';

export const GET = scimRoute('groups:read', getGroup);
export const PATCH = scimRoute('groups:manage', patchGroup);
export const PUT = scimRoute('groups:manage', replaceGroup);
export const DELETE = scimRoute('groups:manage', deleteGroup);
