import type { NextRequest } from 'next/server';
import { startSsoSignIn } from '@/lib/edges/sign-in/start-sso';

type Context = { params: Promise<{ organisationId: string }> };

/** /sign-in/sso/<organisation id>: straight to the organisation's identity provider (the link HR shares, and where require-SSO leads). */
export async function GET(request: NextRequest, context: Context): Promise<Response> {
  const { organisationId } = await context.params;
  const query = request.nextUrl.searchParams;
  const started = await startSsoSignIn({ organisationId, callbackUrl: query.get('callbackUrl'), loginHint: query.get('login_hint') });
  const headers = new Headers({ Location: started.location, 'Cache-Control': 'no-store' });
  for (const line of started.setCookies) headers.append('Set-Cookie', line);
  return new Response(null, { status: 303, headers });
}
