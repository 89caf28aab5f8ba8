import { serviceProviderConfig } from '@/lib/edges/scim/scim-discovery';
import { scimRoute } from '@/lib/edges/scim/scim-route';

export const GET = scimRoute('org:read', async ({ baseUrl }) => ({ body: serviceProviderConfig(baseUrl) }));
