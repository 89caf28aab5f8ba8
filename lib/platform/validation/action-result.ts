/**
 * What a form's server action answers: the saved data, or every field's problem (in the user's
 * language) with the typed-in values, so nothing the user wrote is lost. Made by validatedAction
 * (lib/edges/server-actions); here, below the domains, so a domain can name a form's result type.
 */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string; values?: Record<string, string> };
