import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

/**
 * What a form shows after its action ran: field errors next to the fields, and one message at
 * the top — "check the fields below" when fields are marked (the field says the rest), else the
 * server's own message.
 */
export function formState<T>(state: ActionResult<T> | null, fixErrors: string) {
  const failed = state !== null && !state.ok;
  const fieldErrors = failed ? state.fieldErrors : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return {
    fieldErrors,
    values: failed ? (state.values ?? {}) : ({} as Record<string, string>),
    formError: failed ? (hasFieldErrors ? fixErrors : (state.formError ?? fixErrors)) : null,
  };
}
