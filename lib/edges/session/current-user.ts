import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/platform/db';
import { authOptions } from '@/lib/edges/sign-in/auth-options';
import { sessionCookies } from '@/lib/edges/sign-in/auth-route';

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  locale: 'da' | 'en';
  /** The organisation whose single sign-on made this session; null for a magic link (lib/domains/sso/session-rule.ts). */
  ssoOrganisationId: string | null;
}

// Pages cannot set cookies: whatever next-auth would write while reading the session is dropped.
const noResponse = { getHeader: () => undefined, setCookie: () => undefined, setHeader: () => undefined };

/**
 * The signed-in staff user of this request, or null. Cached per request. The session is read
 * from the cookies without the callback-url cookie, which a session lookup does not need and
 * which next-auth would refuse with a 500 — on every page — when it holds something odd.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const request = { headers: Object.fromEntries(await headers()), cookies: sessionCookies((await cookies()).getAll()) };
  const session = await getServerSession(request as never, noResponse as never, authOptions());
  const sessionUser = session?.user as { id?: string; ssoOrganisationId?: string | null } | undefined;
  if (!sessionUser?.id) return null;
  const user = await db().user.findUnique({ where: { id: sessionUser.id }, select: { id: true, email: true, name: true, locale: true } });
  return user ? { ...user, ssoOrganisationId: sessionUser.ssoOrganisationId ?? null } : null;
});
