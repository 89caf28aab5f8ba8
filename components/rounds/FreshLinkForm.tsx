'use client';

import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<{ requested: true }> | null, formData: FormData) => Promise<ActionResult<{ requested: true }>>;

export interface FreshLinkTexts {
  email: string;
  submit: string;
  sending: string;
  done: string;
}

/**
 * The leader's "send me my link" form. Its texts come as props: leader pages do not ship
 * the whole staff catalogue to the browser. After a well-formed address it answers the same,
 * whether the address is known or not.
 */
export function FreshLinkForm({ action, texts }: { action: Action; texts: FreshLinkTexts }) {
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) return <FormMessage tone="success">{texts.done}</FormMessage>;
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const formError = state && !state.ok && !fieldErrors.email ? state.formError : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {texts.email}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state && !state.ok ? (state.values?.email ?? '') : ''}
          className={inputClass}
          {...describedBy(`${id}-email-error`, fieldErrors.email)}
        />
        <FieldError id={`${id}-email-error`} messages={fieldErrors.email} />
      </div>
      <SubmitButton pendingLabel={texts.sending}>{texts.submit}</SubmitButton>
    </form>
  );
}
