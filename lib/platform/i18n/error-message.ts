import type { Locale } from '@/content/types';
import type { AppError } from '@/lib/platform/errors';
import { translatorFor } from './translator';

/** An AppError's message in the given language: its catalogue key when it has one, else its literal message. */
export function localizedErrorMessage(error: AppError, locale: Locale): string {
  return error.messageKey ? translatorFor(locale)(error.messageKey, error.messageValues) : error.userMessage;
}
