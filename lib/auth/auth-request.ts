import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { requestContextFrom, type RequestContext } from '@/lib/http/request-context';
import { enforceRateLimits } from '@/lib/rate-limit/enforce';

/**
 * next-auth v4 hands its events no request, yet a sign-in's audit entry must say from where.
 * The route handler runs next-auth inside this store; the events read it.
 */
const authRequestStore = new AsyncLocalStorage<RequestContext>();

export function withAuthRequest<T>(request: Pick<Request, 'headers'>, run: () => Promise<T>): Promise<T> {
  return authRequestStore.run(requestContextFrom(request.headers), run);
}

export function currentAuthRequest(): RequestContext | undefined {
  return authRequestStore.getStore();
}

/**
 * Asking for a magic link mails someone: limited per address asked for and per caller. A
 * refusal is a 429 with Retry-After whose body next-auth's client reads as `error=RateLimited`.
 */
export async function refuseSignInMailOverLimit(request: NextRequest, action: readonly string[]): Promise<Response | null> {
  if (request.method !== 'POST' || action[0] !== 'signin' || action[1] !== 'email') return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get('email') ?? '').trim().toLowerCase();
  try {
    await enforceRateLimits(['signInMailPerIp', requestContextFrom(request.headers).ip], ['signInMailPerEmail', email]);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
    const retryAfter = String(error.retryAfterSeconds ?? 60);
    return NextResponse.json({ url: `${env().APP_URL}/sign-in?error=RateLimited` }, { status: 429, headers: { 'Retry-After': retryAfter } });
  }
}
