import type { Locale } from '@/content/types';
import type { AuditActor } from '@/lib/audit/record-audit';
import { AppError, type ErrorCode } from '@/lib/errors';
import type { RequestContext } from '@/lib/http/request-context';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * Who changes groups or leaders, for which organisation, from where — and in which language a
 * refusal tied to a field is explained (the user's for forms, English for the API).
 */
export interface Caller {
  organisationId: string;
  actor: AuditActor;
  context?: RequestContext;
  locale?: Locale;
}

/** The audit fields every entry of a caller shares. */
export function auditedBy(caller: Caller) {
  return { organisationId: caller.organisationId, actor: caller.actor, ...(caller.context ? { context: caller.context } : {}) };
}

/**
 * A refusal about one field, with the same details shape zod failures have: the form shows it
 * next to the field, the API lists it in `details`.
 */
export function fieldRefusal(caller: Pick<Caller, 'locale'>, code: ErrorCode, path: string, key: string, values?: Record<string, string | number>): AppError {
  const message = translatorFor(caller.locale ?? 'en')(key, values);
  return new AppError(code, { messageKey: key, ...(values ? { messageValues: values } : {}), details: [{ path, message }] });
}
