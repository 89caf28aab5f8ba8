import 'server-only';
import type { NextRequest } from 'next/server';
import { actorCan, actorFromApiKey, type ApiKeyActor } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';
import { authenticateScimToken, touchApiKey } from '@/lib/domains/api-keys/api-keys';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';
import { readJson } from '@/lib/platform/http/read-json';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';
import { scimErrorResponse, scimJson } from './scim-response';

export interface ScimContext {
  /** The SCIM token, as the actor every mutation takes: audited as that key. */
  actor: ApiKeyActor;
  /** The group the token starts new leaders in, as stored (checked when used: lib/domains/scim/provisioning.ts). */
  scimGroupId: string | null;
  request: NextRequest;
  params: Record<string, string>;
  /** The JSON body; read only when the handler asks. */
  body: () => Promise<unknown>;
  /** SCIM's base URL (scimBaseUrl), for meta.location. */
  baseUrl: string;
}

/** A handler's answer: a body with its status, or no content. */
export type ScimResult = { status?: 200 | 201; body: unknown } | { status: 204 };

/** The URL HR pastes into the identity provider as the SCIM "Tenant URL". */
export function scimBaseUrl(): string {
  return `${env().APP_URL.replace(/\/$/, '')}/scim/v2`;
}

async function authenticate(request: NextRequest) {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  const token = match ? await authenticateScimToken(match[1]!) : null;
  if (!token) throw new AppError('unauthenticated', { userMessage: 'Provide a valid SCIM token as "Authorization: Bearer <token>" (an API key does not open SCIM).' });
  return token;
}

/**
 * Turns a SCIM handler into a Next route handler, as apiRoute does for the API: rate limits
 * (the API's, per address and per token), the SCIM token, the permission, the handler, and
 * every error through the one SCIM error mapper — so nothing answers in the API's shape or
 * with a bare 500 from Next.
 */
export function scimRoute(permission: Permission, handler: (ctx: ScimContext) => Promise<ScimResult>) {
  return async (request: NextRequest, route: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const context = requestContextFrom(request.headers);
      await enforceRateLimits(['apiPerIp', context.ip]);
      const token = await authenticate(request);
      await enforceRateLimits(['apiPerKey', token.apiKeyId]);
      const actor = actorFromApiKey(token, context);
      if (await touchApiKey(token)) await recordAudit({ ...auditedBy(actor), action: 'scim-token.used' });
      if (!actorCan(actor, permission)) throw new AppError('forbidden');
      const result = await handler({
        actor,
        scimGroupId: token.scimGroupId,
        request,
        params: await route.params,
        body: () => readJson(request),
        baseUrl: scimBaseUrl(),
      });
      if (result.status === 204) return scimJson(null, 204);
      return scimJson(result.body, result.status ?? 200);
    } catch (error) {
      return scimErrorResponse(error);
    }
  };
}
