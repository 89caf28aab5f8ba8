import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authOptions } from '@/lib/edges/sign-in/auth-options';
import { withAuthRequest } from '@/lib/edges/sign-in/auth-request';
import { forgetUnsafeCallbackCookie, prepareAuthRequest } from '@/lib/edges/sign-in/auth-route';
import { refusedByIdentityProvider, ssoForRoute } from '@/lib/edges/sign-in/sso-options';
import { env } from '@/lib/platform/env';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const prepared = await prepareAuthRequest(request, (await context.params).nextauth);
  if ('refused' in prepared) return prepared.refused;
  const sso = await ssoForRoute(prepared.route);
  // A single sign-on HR has removed or switched off: say so, rather than next-auth's "unknown provider".
  if (sso.organisationId && !sso.connection) return NextResponse.redirect(new URL('/sign-in?error=SsoUnavailable', env().APP_URL), 303);
  if (refusedByIdentityProvider(sso, prepared.route, prepared.request.nextUrl.searchParams)) return NextResponse.redirect(new URL('/sign-in?error=SsoDenied', env().APP_URL), 303);
  await forgetUnsafeCallbackCookie();
  const params = { nextauth: prepared.route };
  return withAuthRequest(request, () => NextAuth(prepared.request as never, { params } as never, authOptions(sso.connection)) as Promise<Response>, sso.organisationId);
}

export { handler as GET, handler as POST };
