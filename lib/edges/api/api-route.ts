import 'server-only';
import { actorCan, actorFromApiKey, type ApiKeyActor } from '@/lib/domains/auth/actor';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { authenticateApiKey, touchApiKey } from '@/lib/domains/api-keys/api-keys';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import { apiErrorResponse } from '@/lib/platform/http/api-error-response';
import { conditionalJson, Revalidatable } from '@/lib/platform/http/conditional-get';
import { readJson } from '@/lib/platform/http/read-json';
import { parseRequestInput } from './request-input';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { scopedDb, type ScopedDb } from '@/lib/platform/tenant/scoped-db';
import type { Endpoint } from './endpoint';

/** For route files: answer with a validator (the contract declares success.revalidate). */
export { revalidated } from '@/lib/platform/http/conditional-get';

export interface ApiContext<Params, Query, Body> {
  /** The key, as the actor every mutation and read takes. */
  actor: ApiKeyActor;
  db: ScopedDb;
  params: Params;
  query: Query;
  body: Body;
  request: NextRequest;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type Output<R> = R extends z.ZodType ? z.input<R> : unknown;

async function authenticate(request: NextRequest) {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const key = match ? await authenticateApiKey(match[1]!) : null;
  if (!key) throw new AppError('unauthenticated', { userMessage: 'Provide a valid API key as "Authorization: Bearer <key>".' });
  return key;
}

/**
 * What every answer of the API carries, errors included: it names people and their results, so
 * no cache (a browser's, a proxy's) may keep it — unless the answer came with a validator
 * (conditionalJson: the client's own cache only, asked again every time); and a 401 names the
 * scheme that would succeed, as HTTP requires of a 401 (RFC 9110, section 11.6.1).
 */
function withApiHeaders(response: Response): Response {
  if (!response.headers.has('ETag')) response.headers.set('Cache-Control', 'no-store');
  if (response.status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="Ledertrivsel API"');
  return response;
}

/**
 * Turns an endpoint contract and a handler into a Next route handler: API key → permission →
 * validated params, query and body → handler → JSON with the contract's status. Every error,
 * thrown anywhere, leaves through the one error mapper; every answer gets withApiHeaders. A GET
 * whose contract declares `success.revalidate` may answer `revalidated(body, etag)`: sent with
 * its ETag, or 304 without a body when the request's If-None-Match holds it — after the key,
 * the limits and the handler's own access check, which therefore still run on every request.
 */
export function apiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  endpoint: Endpoint<P, Q, B, R>,
  handler: (ctx: ApiContext<Infer<P>, Infer<Q>, Infer<B>>) => Promise<Output<R> | Revalidatable<Output<R>> | Response>,
) {
  if (endpoint.success.revalidate && endpoint.method !== 'get') throw new Error(`${endpoint.path}: only a GET can be revalidated`);
  return async (request: NextRequest, route: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const context = requestContextFrom(request.headers);
      // Per address first, so a flood of bad keys is counted too; then per key.
      await enforceRateLimits(['apiPerIp', context.ip]);
      const key = await authenticate(request);
      await enforceRateLimits(['apiPerKey', key.apiKeyId]);
      const actor = actorFromApiKey(key, context);
      if (await touchApiKey(key)) await recordAudit({ ...auditedBy(actor), action: 'api-key.used' });
      if (!actorCan(actor, endpoint.permission)) throw new AppError('forbidden');
      const params = endpoint.params ? parseRequestInput(endpoint.params, await route.params, 'path') : undefined;
      const query = endpoint.query ? parseRequestInput(endpoint.query, Object.fromEntries(request.nextUrl.searchParams), 'query') : undefined;
      const body = endpoint.body ? parseRequestInput(endpoint.body, await readJson(request), 'body') : undefined;
      const result = await handler({
        actor,
        db: scopedDb(actor.organisationId),
        params: params as Infer<P>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
        request,
      });
      if (result instanceof Response) return withApiHeaders(result);
      if (endpoint.success.status === 204) return withApiHeaders(new Response(null, { status: 204 }));
      const shaped = (body: unknown) => (endpoint.success.schema ? endpoint.success.schema.parse(body) : body);
      if (result instanceof Revalidatable) {
        if (!endpoint.success.revalidate) throw new Error(`${endpoint.path} answered with an ETag, but its contract does not declare success.revalidate`);
        const body = shaped(result.body);
        // The key decides what the answer holds, so a client's cache must not hand one key's answer to another.
        if (result.etag !== null) return withApiHeaders(conditionalJson(request, body, result.etag, { status: endpoint.success.status, vary: 'Authorization' }));
        return withApiHeaders(NextResponse.json(body, { status: endpoint.success.status }));
      }
      return withApiHeaders(NextResponse.json(shaped(result), { status: endpoint.success.status }));
    } catch (error) {
      return withApiHeaders(apiErrorResponse(error));
    }
  };
}
