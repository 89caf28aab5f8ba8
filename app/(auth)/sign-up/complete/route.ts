import type { NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/edges/session/current-user';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { completeSignUp, SIGN_UP_COMPLETION_PATH } from '@/lib/domains/members/sign-up';

export const dynamic = 'force-dynamic';

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

/**
 * Where the magic link mailed for a sign-up leads, signed in by that link: the organisation is
 * created now, for the address the link proved (lib/domains/members/sign-up.ts), and the new HR admin
 * taken to it. Without a session: sign in first, then come back here.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const id = request.nextUrl.searchParams.get('id');
  const user = await getCurrentUser();
  if (!user) {
    const back = id ? `${SIGN_UP_COMPLETION_PATH}?${new URLSearchParams({ id })}` : SIGN_UP_COMPLETION_PATH;
    return seeOther(`/sign-in?${new URLSearchParams({ callbackUrl: back })}`);
  }
  const completion = await completeSignUp(id, user, requestContextFrom(request.headers));
  if (completion.status === 'created') return seeOther(`/${completion.slug}`);
  if (completion.status === 'expired') return seeOther('/sign-up?expired=1');
  return seeOther('/orgs');
}
