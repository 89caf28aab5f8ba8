'use client';

import { useActionState, useId } from 'react';
import { FieldError, FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from '@/components/groups/form-state';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;

/**
 * A consequential step (open and send, close now) behind an explicit "yes" checkbox: it works
 * without JavaScript, by keyboard, and says what will happen in words before it happens.
 */
export function ConfirmActionForm({
  action,
  confirmLabel,
  submitLabel,
  pendingLabel,
  errorSummary,
  tone = 'primary',
}: {
  action: Action;
  confirmLabel: string;
  submitLabel: string;
  pendingLabel: string;
  errorSummary: string;
  tone?: 'primary' | 'danger';
}) {
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, formError } = formState(state, errorSummary);
  return (
    <form action={formAction} noValidate className="space-y-3">
      {formError && !fieldErrors.confirm ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <div>
        <label className="inline-flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            className="mt-1 h-4 w-4"
            aria-invalid={fieldErrors.confirm ? true : undefined}
            aria-describedby={fieldErrors.confirm ? `${id}-error` : undefined}
          />
          <span>{confirmLabel}</span>
        </label>
        <FieldError id={`${id}-error`} messages={fieldErrors.confirm} />
      </div>
      <SubmitButton pendingLabel={pendingLabel} tone={tone}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
