import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { LOCALE_COOKIE, toLocale } from '@/i18n/locale';
import { apiErrorResponse } from '@/lib/platform/http/api-error-response';
import { readJson } from '@/lib/platform/http/read-json';
import { parseRequestInput } from './request-input';
import { assertSameOrigin } from '@/lib/platform/http/same-origin';
import { requireOrgSession, type OrgSession, type Required } from '@/lib/edges/session/org-actor';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface StaffRouteContext<Params, Query, Body> extends OrgSession {
  params: Params;
  query: Query;
  body: Body;
  request: NextRequest;
}

interface StaffRouteSpec<Q, B> {
  /** What the member must hold; every staff route names one (or several, any of which will do). */
  permission: Required;
  query?: Q;
  body?: B;
}

/**
 * Staff answers hold people's names and results: no cache may keep them. A 401 names how to
 * authenticate, as HTTP requires (RFC 9110, 11.6.1); there is no registered scheme for a session
 * cookie, so it names the draft "Cookie" scheme with the sign-in page (draft-broyer-http-cookie-auth).
 */
function withStaffHeaders(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  if (response.status === 401) response.headers.set('WWW-Authenticate', 'Cookie realm="Ledertrivsel", form-action="/sign-in"');
  return response;
}

/**
 * The edge for route handlers under /<orgSlug>/… that a signed-in member's browser calls (file
 * downloads, the workshop's keepalive autosave) — apiRoute's sibling for the session cookie.
 * Same-origin check for anything but GET → the member, organisation and permission → validated
 * query and body → handler → JSON or the handler's Response; every error through the one mapper.
 * The language is the one the pages are shown in (the locale cookie).
 */
export function staffRoute<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, P extends Record<string, string> = Record<string, string>>(
  spec: StaffRouteSpec<Q, B>,
  handler: (ctx: StaffRouteContext<P, Infer<Q>, Infer<B>>) => Promise<Response | object>,
) {
  return async (request: NextRequest, route: { params: Promise<P & { orgSlug: string }> }): Promise<Response> => {
    try {
      // A cookie rides along on a cross-site request; only our own pages may change data with it.
      if (request.method !== 'GET' && request.method !== 'HEAD') assertSameOrigin(request);
      const params = await route.params;
      const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
      const session = await requireOrgSession(params.orgSlug, spec.permission, { headers: request.headers, locale });
      const query = spec.query ? parseRequestInput(spec.query, Object.fromEntries(request.nextUrl.searchParams), 'query') : undefined;
      const body = spec.body ? parseRequestInput(spec.body, await readJson(request), 'body') : undefined;
      const result = await handler({ ...session, params, query: query as Infer<Q>, body: body as Infer<B>, request });
      return withStaffHeaders(result instanceof Response ? result : NextResponse.json(result));
    } catch (error) {
      return withStaffHeaders(apiErrorResponse(error));
    }
  };
}

/** A file to download: its bytes, type and name. */
export function downloadResponse(file: { body: string | Uint8Array; contentType: string; filename: string }): Response {
  return new Response(file.body as BodyInit, { headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"` } });
}
