import 'server-only';
import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';
import { safeCallbackAbsoluteUrl, safeCallbackUrl } from './safe-callback-url';
import { signInAddress } from './sign-in-address';
import { enforceSignInMailLimits } from './sign-in-mail-limits';

/**
 * The edge in front of next-auth's catch-all route (app/api/auth/[...nextauth]/route.ts). next-auth
 * v4 answers 500 to much that a browser or an attacker can send — a callbackUrl it cannot parse
 * (in the query or its cookie), an `error` code that is not a header-safe word, a body that is not
 * JSON — and it counts nothing. Here, before it sees the request: the route must be one of its
 * own, the callbackUrl query is put through our one rule (lib/edges/sign-in/safe-callback-url.ts), a body
 * must parse the way next-auth will parse it, and asking for a magic link is limited per address
 * (in the very spelling next-auth will mail, lib/edges/sign-in/sign-in-address.ts) and per caller.
 */
const ACTIONS = new Set(['session', 'csrf', 'providers', 'signin', 'signout', 'callback', 'verify-request', 'error', '_log']);
const WORD = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const MAX_BODY_BYTES = 16 * 1024;

export type PreparedAuthRequest = { request: NextRequest; route: string[] } | { refused: Response };

function refusal(status: number, error: string, headers: Record<string, string> = {}): { refused: Response } {
  // The shape next-auth's own client reads (`signIn(..., { redirect: false })` → result.error).
  return { refused: NextResponse.json({ url: `${new URL(env().APP_URL).origin}/sign-in?error=${error}` }, { status, headers }) };
}

/** The body as next-auth will read it: JSON or a urlencoded form; anything else it ignores. */
function parseBody(text: string, contentType: string): { ok: true; body: Record<string, unknown> | undefined } | { ok: false } {
  if (contentType.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return { ok: true, body: parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined };
    } catch {
      return { ok: false };
    }
  }
  if (contentType.includes('application/x-www-form-urlencoded')) return { ok: true, body: Object.fromEntries(new URLSearchParams(text)) };
  return { ok: true, body: undefined };
}

export async function prepareAuthRequest(request: NextRequest, route: readonly string[]): Promise<PreparedAuthRequest> {
  const [action, provider, ...rest] = route;
  if (!action || !ACTIONS.has(action) || rest.length > 0 || (provider !== undefined && !WORD.test(provider))) {
    return { refused: NextResponse.json({ error: 'Not found.' }, { status: 404 }) };
  }

  const url = new URL(request.url);
  if (url.searchParams.has('callbackUrl')) url.searchParams.set('callbackUrl', safeCallbackUrl(url.searchParams.get('callbackUrl'), env().APP_URL));
  // next-auth puts `error` into a Location header unencoded.
  const error = url.searchParams.get('error');
  if (error !== null && !WORD.test(error)) url.searchParams.set('error', 'Default');

  if (request.method !== 'POST') return { request: new NextRequest(url, { method: request.method, headers: request.headers }), route: [...route] };

  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return { refused: NextResponse.json({ error: 'The request is too large.' }, { status: 413 }) };
  const parsed = parseBody(new TextDecoder().decode(bytes), request.headers.get('content-type') ?? '');
  if (!parsed.ok) return { refused: NextResponse.json({ error: 'The body is not valid JSON.' }, { status: 400 }) };

  if (action === 'signin' && provider === 'email') {
    const address = signInAddress(parsed.body?.email);
    if (address === null) return refusal(400, 'InvalidEmail');
    try {
      await enforceSignInMailLimits(address, request.headers);
    } catch (caught) {
      if (!(caught instanceof AppError) || caught.code !== 'rate_limited') throw caught;
      return refusal(429, 'RateLimited', { 'Retry-After': String(caught.retryAfterSeconds ?? 60) });
    }
  }
  return { request: new NextRequest(url, { method: 'POST', headers: request.headers, body: bytes }), route: [...route] };
}

const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/**
 * next-auth reads its callback-url cookie through next/headers and answers 500 when it holds
 * something it cannot parse (a cookie set by a sibling subdomain, or by an older version). A value
 * our rule would not produce is forgotten — in this request and in the browser — before next-auth
 * reads it. Only inside a route handler, where next/headers' cookies are writable.
 */
export async function forgetUnsafeCallbackCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value === undefined || value === '' || safeCallbackAbsoluteUrl(value, env().APP_URL) === value) continue;
    jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
}

/** The cookies a session lookup needs: everything but the callback-url cookie, which only the sign-in flow reads. */
export function sessionCookies(all: { name: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(all.filter((c) => !CALLBACK_COOKIES.includes(c.name)).map((c) => [c.name, c.value]));
}
