import type { Locale } from '@/content/types';
import { AppError } from '@/lib/platform/errors';
import { translatorFor } from '@/lib/platform/i18n/translator';
import type { FieldIssue } from './zod-issues';

/**
 * Text PostgreSQL cannot store, or stores as something else: a NUL character (refused by every
 * text column, so it would end as a 500) and a lone UTF-16 surrogate (silently turned into "�").
 * Checked once at the boundary for every string of a request, wherever it is nested; input
 * nested absurdly deep is refused as a whole.
 */
/** Deeper than any input of ours; past it the whole input is refused (and the walk stays cheap). */
const MAX_DEPTH = 32;

// Iterative, not recursive: a hostile body nested thousands deep must not exhaust the stack.
function unsafePaths(input: unknown): string[] {
  const found: string[] = [];
  const pending: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (path.length > MAX_DEPTH) return [''];
    if (typeof value === 'string') {
      if (value.includes('\u0000') || !value.isWellFormed()) found.push(path.join('.'));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
    }
  }
  return found.reverse();
}

/** Every field holding such text, with the message in the caller's language. */
export function unstorableTextIssues(value: unknown, locale: Locale = 'en'): FieldIssue[] {
  const message = translatorFor(locale)('validation.unstorableText');
  return unsafePaths(value).map((path) => ({ path, message }));
}

export function assertStorableText(value: unknown): void {
  const details = unstorableTextIssues(value);
  if (details.length > 0) throw new AppError('validation_failed', { userMessage: 'The request contains characters that cannot be stored.', details });
}
