import { NextResponse, type NextRequest } from 'next/server';
import { apiErrorResponse } from '@/lib/platform/http/api-error-response';
import { contentSecurityPolicy } from '@/lib/platform/http/content-security-policy';
import { refuseServerActionRequest } from '@/lib/platform/http/server-action-request';

/**
 * Every request to a page passes here.
 *
 * First, request validation for server actions (lib/platform/http/server-action-request.ts): Next runs
 * an action only when its Origin is this site, but answers a foreign one — and a body its
 * decoder cannot read — by throwing, which is a 500. Refused here instead, with a 403 (or
 * 400/413) in the API's error shape. This is no authorisation decision: it says nothing about
 * who the caller is or what they may do (the guards in lib/domains/auth decide that, inside the action);
 * it only refuses requests that are not well-formed requests from our own pages. Next offers no
 * hook of its own for this: `serverActions.allowedOrigins` can only widen the check.
 *
 * Then every page gets a fresh nonce and the Content-Security-Policy that names it. Next reads
 * the policy from the request headers and puts the nonce on the scripts it renders. Nothing here
 * redirects.
 */
export async function proxy(request: NextRequest) {
  const refusal = await refuseServerActionRequest(request);
  if (refusal) {
    const response = apiErrorResponse(refusal);
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }
  // The router's prefetches need no policy of their own (they carry no document). They pass
  // through here only so that the header cannot be used to skip the check above.
  if (request.headers.has('next-router-prefetch')) return NextResponse.next();

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV !== 'production',
    https: (process.env.APP_URL ?? '').startsWith('https://'),
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API and SCIM answers are JSON, CSV, XLSX or PDF (their POSTs are route handlers,
  // never actions, and an identity provider's PATCH must not meet a page's checks), and static
  // assets carry no markup. /_next/image is a page now: the optimiser is
  // off (next.config.mjs), so it renders the 404 page, which gets its policy like any other.
  matcher: ['/((?!api/|scim/|_next/static|favicon.ico).*)'],
};
