import type { NextRequest } from 'next/server';
import { scimRoute } from '@/lib/edges/scim/scim-route';
import { AppError } from '@/lib/platform/errors';

/** Any other path under /scim/v2 (Bulk, /Me, a typo): SCIM's 404 in SCIM's error shape, not Next's HTML page. */
const refuse = scimRoute('org:read', async () => {
  throw new AppError('not_found', { userMessage: 'There is no SCIM resource here. Ledertrivsel answers /Users, /Groups, /ServiceProviderConfig, /ResourceTypes and /Schemas.' });
});
// The catch-all's own parameter (a list of segments) is of no use here.
const notHere = (request: NextRequest) => refuse(request, { params: Promise.resolve({}) });

export { notHere as GET, notHere as POST, notHere as PUT, notHere as PATCH, notHere as DELETE };
