import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import { authOptions } from './auth-options';

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  locale: 'da' | 'en';
}

/** The signed-in staff user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, locale: true } });
});
