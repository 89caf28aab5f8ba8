import { scimRoute } from '@/lib/edges/scim/scim-route';
import { createUser, listUsers } from '@/lib/edges/scim/user-handlers';

/**
 * SCIM 2.0 lives at /scim/v2, the path identity providers expect, as its own route tree rather
 * than under /api with a rewrite: one public URL, one file per path, and proxy.ts leaves it
 * alone as it does /api (SCIM answers JSON, never a page or a server action).
 */
export const GET = scimRoute('leaders:read', listUsers);
export const POST = scimRoute('leaders:manage', createUser);
