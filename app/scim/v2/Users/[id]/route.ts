import { scimRoute } from '@/lib/edges/scim/scim-route';
import { deleteUser, getUser, patchUser, replaceUser } from '@/lib/edges/scim/user-handlers';

export const GET = scimRoute('leaders:read', getUser);
export const PATCH = scimRoute('leaders:manage', patchUser);
export const PUT = scimRoute('leaders:manage', replaceUser);
export const DELETE = scimRoute('leaders:manage', deleteUser);
