import 'server-only';
import { ENTERPRISE_USER_SCHEMA, SCIMMY } from './scimmy';
import { scimList } from './scim-response';
import { SCIM_MAX_RESULTS } from './scim-filter';

/**
 * What an identity provider reads to learn what we support (RFC 7643, sections 5–7): PATCH
 * yes; filtering yes (one attribute with eq: lib/edges/scim/scim-filter.ts); bulk, sorting,
 * ETags and passwords no; a bearer token.
 */
export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SCIMMY.Schemas.ServiceProviderConfig.id],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: 'oauthbearertoken', name: 'SCIM token', description: 'A SCIM token created by HR in Ledertrivsel (Settings → SCIM), sent as "Authorization: Bearer <token>".', primary: true },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

const list = (resources: unknown[]) => scimList(resources, resources.length, 1);

export function resourceTypes(baseUrl: string) {
  return list([
    {
      schemas: [SCIMMY.Schemas.ResourceType.id],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A leader',
      schema: SCIMMY.Schemas.User.id,
      schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [SCIMMY.Schemas.ResourceType.id],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A leader group',
      schema: SCIMMY.Schemas.Group.id,
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
    },
  ]);
}

/** The three schemas, as scimmy describes them (the User's without the extension, which is listed on its own). */
export function schemas(baseUrl: string) {
  const location = `${baseUrl}/Schemas`;
  const user = SCIMMY.Schemas.User.definition.describe(location);
  return list([
    { ...user, attributes: user.attributes.filter((a) => a.name !== ENTERPRISE_USER_SCHEMA) },
    SCIMMY.Schemas.Group.definition.describe(location),
    SCIMMY.Schemas.EnterpriseUser.definition.describe(location),
  ]);
}
