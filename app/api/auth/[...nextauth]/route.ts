import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/auth-options';
import { refuseSignInMailOverLimit, withAuthRequest } from '@/lib/auth/auth-request';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const params = await context.params;
  const refused = await refuseSignInMailOverLimit(request, params.nextauth);
  if (refused) return refused;
  return withAuthRequest(request, () => NextAuth(request as never, { params } as never, authOptions()) as Promise<Response>);
}

export { handler as GET, handler as POST };
