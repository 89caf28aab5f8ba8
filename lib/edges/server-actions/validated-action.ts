import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { toLocale } from '@/i18n/locale';
import { AppError, toAppError } from '@/lib/platform/errors';
import { localizedErrorMessage } from '@/lib/platform/i18n/error-message';
import { isFormData } from '@/lib/platform/validation/form-data';
import { unstorableTextIssues } from '@/lib/platform/validation/safe-text';
import { fieldErrorMap, type FieldIssue } from '@/lib/platform/validation/zod-issues';

import type { ActionResult } from '@/lib/platform/validation/action-result';

export type { ActionResult };

/** FormData to a plain object; repeated names (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') {
      out[key] = value;
      continue;
    }
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function echo(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/**
 * The one wrapper for server actions: validates FormData with the same zod schema the API
 * uses, returns every field error (in the user's language) rather than the first, and turns
 * any thrown error into a form error — never a raw database message. The typed-in values come
 * back with an error so nothing the user wrote is lost. Redirects and notFound pass through.
 * Anything but a form (an action called by hand) is refused the same way, before it is read.
 */
export function validatedAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const locale = toLocale(await getLocale());
    if (!isFormData(formData)) return { ok: false, fieldErrors: {}, formError: localizedErrorMessage(new AppError('validation_failed'), locale) };
    const raw = formDataToObject(formData);
    const unstorable = unstorableTextIssues(raw, locale);
    if (unstorable.length > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of unstorable) (fieldErrors[issue.path] ??= []).push(issue.message);
      return { ok: false, fieldErrors, values: echo(raw) };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorMap(parsed.error, locale), values: echo(raw) };
    try {
      return { ok: true, data: await run(parsed.data, formData) };
    } catch (error) {
      unstable_rethrow(error);
      const appError = toAppError(error);
      if (appError.status >= 500) console.error('[action]', appError.cause ?? appError);
      const details = Array.isArray(appError.details) ? (appError.details as FieldIssue[]) : [];
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of details) (fieldErrors[issue.path] ??= []).push(issue.message);
      return { ok: false, fieldErrors, formError: localizedErrorMessage(appError, locale), values: echo(raw) };
    }
  };
}
