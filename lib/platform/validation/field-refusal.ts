import type { Locale } from '@/content/types';
import { AppError, type ErrorCode } from '@/lib/platform/errors';
import { translatorFor } from '@/lib/platform/i18n/translator';

/**
 * A refusal about one field, with the same details shape zod failures have: the form shows it
 * next to the field, the API lists it in `details` — in the actor's language (the user's for
 * forms, English for the API).
 */
export function fieldRefusal(actor: { locale?: Locale }, code: ErrorCode, path: string, key: string, values?: Record<string, string | number>): AppError {
  const message = translatorFor(actor.locale ?? 'en')(key, values);
  return new AppError(code, { messageKey: key, ...(values ? { messageValues: values } : {}), details: [{ path, message }] });
}
