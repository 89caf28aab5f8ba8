import 'server-only';
import { cookies } from 'next/headers';
import type { Locale } from '@/content/types';
import { LOCALE_COOKIE, isLocale } from '@/i18n/locale';

/** A leader's page speaks the language they chose, else their invitation's (the round's default). */
export async function leaderLocale(fallback: Locale): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : fallback;
}
