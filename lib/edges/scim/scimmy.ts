import 'server-only';
import SCIMMY from 'scimmy';

/**
 * The one door to scimmy (https://github.com/scimmyjs/scimmy). We use its pieces — the filter
 * parser (SCIMMY.Types.Filter), PATCH operations (SCIMMY.Messages.PatchOp) applied to its core
 * schemas, and its error and list messages — and not its Resources model: that keeps the
 * handlers and configuration in process-wide static state (Resources.declare, Config.set) and
 * calls them with a context we would have to smuggle the token's organisation through, while a
 * Next route handler already has the request, the actor and our own tenant-scoped queries in
 * hand. The edge around these pieces (lib/edges/scim) is thin.
 */

export { SCIMMY };

export const USER_SCHEMA = SCIMMY.Schemas.User.id;
export const GROUP_SCHEMA = SCIMMY.Schemas.Group.id;
export const ENTERPRISE_USER_SCHEMA = SCIMMY.Schemas.EnterpriseUser.id;
export const LIST_RESPONSE_SCHEMA = SCIMMY.Messages.ListResponse.id;
export const ERROR_SCHEMA = SCIMMY.Messages.Error.id;

// The enterprise extension carries the manager. Extending is process-wide and idempotent. The
// cast: scimmy's typings ask for a schema instance where it takes (and documents) the class.
SCIMMY.Schemas.User.extend(SCIMMY.Schemas.EnterpriseUser as unknown as InstanceType<typeof SCIMMY.Types.Schema>, false);

/**
 * Runs scimmy on input. Its schemas refuse a value of the wrong type with a plain TypeError;
 * here that becomes the SCIM 400 it is (invalidValue), not a 500.
 */
export function scimmyInput<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof SCIMMY.Types.Error) throw error;
    if (error instanceof TypeError) throw new SCIMMY.Types.Error(400, 'invalidValue', error.message);
    throw error;
  }
}

const BOOLEAN_TEXT = /^(true|false)$/i;

/**
 * Two things Microsoft Entra ID sends that SCIM's schema refuses, read as it means them:
 * booleans as the strings "True" and "False" ({"op":"Replace","path":"active","value":"False"}),
 * and the manager as a bare id ({"op":"Add","path":"urn:…:enterprise:2.0:User:manager","value":"<id>"})
 * where the schema has {"value":"<id>"}. Only for `active` and `manager`, the two we read.
 */
function entraQuirks(operation: unknown): unknown {
  if (typeof operation !== 'object' || operation === null) return operation;
  const { path, value, ...rest } = operation as { path?: unknown; value?: unknown };
  const asBoolean = (v: unknown) => (typeof v === 'string' && BOOLEAN_TEXT.test(v) ? v.toLowerCase() === 'true' : v);
  const target = typeof path === 'string' ? path.trim().toLowerCase() : undefined;
  if (target === 'active') return { ...rest, path, value: asBoolean(value) };
  if (target === `${ENTERPRISE_USER_SCHEMA}:manager`.toLowerCase() && typeof value === 'string') return { ...rest, path, value: { value } };
  if (path === undefined && typeof value === 'object' && value !== null && 'active' in value) return { ...rest, value: { ...value, active: asBoolean((value as { active: unknown }).active) } };
  return operation;
}

/** A PatchOp request body, checked by scimmy (schemas, Operations, each op's shape); ops are case-insensitive there. */
export function patchOpOf(body: unknown): InstanceType<typeof SCIMMY.Messages.PatchOp> {
  const request = typeof body === 'object' && body !== null ? (body as { Operations?: unknown }) : {};
  const operations = Array.isArray(request.Operations) ? request.Operations.map(entraQuirks) : request.Operations;
  return scimmyInput(() => new SCIMMY.Messages.PatchOp({ ...request, Operations: operations } as ConstructorParameters<typeof SCIMMY.Messages.PatchOp>[0]));
}

/** A resource body (POST or PUT) as scimmy's schema reads it; `active` may be "True"/"False" here too. */
export function activeAsBoolean(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('active' in body)) return body;
  const active = (body as { active: unknown }).active;
  return { ...body, active: typeof active === 'string' && BOOLEAN_TEXT.test(active) ? active.toLowerCase() === 'true' : active };
}
