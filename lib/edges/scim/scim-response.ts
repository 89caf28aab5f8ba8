import 'server-only';
import { AppError, toAppError } from '@/lib/platform/errors';
import { localizedErrorMessage } from '@/lib/platform/i18n/error-message';
import { ERROR_SCHEMA, LIST_RESPONSE_SCHEMA, SCIMMY } from './scimmy';

/** SCIM's media type (RFC 7644, section 3.1); every answer, errors included, carries it. */
export const SCIM_CONTENT_TYPE = 'application/scim+json';

/**
 * A SCIM answer: it names people, so no cache may keep it, and a 401 names the scheme that
 * would succeed (RFC 9110, section 11.6.1), as the API's answers do.
 */
export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const response = new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': SCIM_CONTENT_TYPE, 'Cache-Control': 'no-store' } });
  if (status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="Ledertrivsel SCIM"');
  return response;
}

type ScimType = 'uniqueness' | 'tooMany' | 'invalidFilter' | 'mutability' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue' | 'invalidVers' | 'sensitive';

/** Our refusals in SCIM's words: a field that clashes with another leader is SCIM's "uniqueness". */
function scimTypeOf(error: AppError): ScimType | undefined {
  if (error.status === 400) return 'invalidValue';
  const clash = Array.isArray(error.details) && error.details.some((d: { path?: unknown }) => d.path === 'email' || d.path === 'externalId' || d.path === 'name');
  if (error.status === 409 && clash) return 'uniqueness';
  return undefined;
}

/** What a field refusal says, field by field, after the general message: an identity provider's log shows only `detail`. */
function detailOf(error: AppError): string {
  const message = localizedErrorMessage(error, 'en');
  if (!Array.isArray(error.details) || error.details.length === 0) return message;
  const details = error.details as { path?: unknown; message?: unknown }[];
  if (details.every((d) => d.message === message)) return message;
  return `${message} ${details.map((d) => `${String(d.path ?? '')}: ${String(d.message ?? '')}`).join('; ')}`;
}

/**
 * The one mapper from anything thrown at the SCIM edge to SCIM's error message (RFC 7644,
 * section 3.12) — scimmy's own errors as they are, our AppErrors by status. Never the API's
 * {error:{…}} shape: an identity provider reads only this one.
 */
export function scimErrorResponse(error: unknown): Response {
  if (error instanceof SCIMMY.Types.Error) return scimJson(new SCIMMY.Messages.Error(error), error.status);
  const appError = toAppError(error);
  if (appError.status >= 500) console.error(`[scim] ${appError.code}`, appError.cause ?? appError);
  const scimType = scimTypeOf(appError);
  // Built by hand, in scimmy's shape: its message refuses statuses RFC 7644 does not list (429, 503).
  const body = { schemas: [ERROR_SCHEMA], status: String(appError.status), ...(scimType ? { scimType } : {}), detail: detailOf(appError) };
  const headers: Record<string, string> = appError.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(appError.retryAfterSeconds) };
  return scimJson(body, appError.status, headers);
}

/** SCIM's "not found", for a resource another organisation has too: the two look the same. */
export const scimNotFound = (what: string) => new AppError('not_found', { userMessage: `${what} not found.` });

/** A SCIM ListResponse (RFC 7644, section 3.4.2), in scimmy's message schema. */
export function scimList(resources: unknown[], totalResults: number, startIndex: number) {
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults, itemsPerPage: resources.length, startIndex, Resources: resources };
}
