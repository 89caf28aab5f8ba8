'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { LOCALE_COOKIE, isLocale } from '@/i18n/locale';
import { isFormData } from '@/lib/platform/validation/form-data';

/** Remembers the chosen language for a year; works without JavaScript (a plain form post). Anything but that form is ignored. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
  revalidatePath('/', 'layout');
}
