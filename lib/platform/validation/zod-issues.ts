import type { z } from 'zod';
import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "groupIds.2"; "" for the whole input. */
  path: string;
  message: string;
}

/**
 * Schemas give their messages as catalogue keys ("validation.email"), so one schema serves a
 * Danish form and the English API alike. zod's own messages (wrong type etc.) fall back to a
 * general "validation.invalid".
 */
function messageOf(issue: z.core.$ZodIssue, t: ReturnType<typeof translatorFor>): string {
  if (issue.message.startsWith('validation.')) {
    // A custom issue names what its message needs in `params` (e.g. the repeated item).
    if (issue.code === 'custom' && issue.params) return t(issue.message, issue.params as Record<string, string | number>);
    const limit = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : undefined;
    return t(issue.message, limit === undefined ? undefined : { limit: Number(limit) });
  }
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return t('validation.required');
  return t('validation.invalid');
}

/** Every issue, not only the first, with its field path — for API details and form field errors. */
export function fieldIssues(error: z.ZodError, locale: Locale = 'en'): FieldIssue[] {
  const t = translatorFor(locale);
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue, t) }));
}

/** Issues grouped by field for forms: { email: ['…'], '': ['…'] }. */
export function fieldErrorMap(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const { path, message } of fieldIssues(error, locale)) (map[path] ??= []).push(message);
  return map;
}
