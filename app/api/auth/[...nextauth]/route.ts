import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/edges/sign-in/auth-options';
import { withAuthRequest } from '@/lib/edges/sign-in/auth-request';
import { forgetUnsafeCallbackCookie, prepareAuthRequest } from '@/lib/edges/sign-in/auth-route';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const prepared = await prepareAuthRequest(request, (await context.params).nextauth);
  if ('refused' in prepared) return prepared.refused;
  await forgetUnsafeCallbackCookie();
  const params = { nextauth: prepared.route };
  return withAuthRequest(request, () => NextAuth(prepared.request as never, { params } as never, authOptions()) as Promise<Response>);
}

export { handler as GET, handler as POST };
