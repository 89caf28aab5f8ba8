'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from '@/components/groups/form-state';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;

/** A later closing date for an open round (Danish time). */
export function ExtendRoundForm({ action, defaultValue }: { action: Action; defaultValue: string }) {
  const t = useTranslations('rounds.extend');
  const tForm = useTranslations('rounds.form');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, tForm('errorSummary'));
  return (
    <form action={formAction} noValidate className="space-y-3">
      {formError && !fieldErrors.closesAt ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-closesAt`} className="block font-medium">
          {t('label')}
        </label>
        <input
          id={`${id}-closesAt`}
          name="closesAt"
          type="datetime-local"
          required
          defaultValue={values.closesAt ?? defaultValue}
          className={`${inputClass} max-w-xs`}
          {...describedBy(`${id}-error`, fieldErrors.closesAt, `${id}-hint`)}
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
          {tForm('dateHint')}
        </p>
        <FieldError id={`${id}-error`} messages={fieldErrors.closesAt} />
      </div>
      <SubmitButton pendingLabel={tForm('saving')}>{t('button')}</SubmitButton>
    </form>
  );
}
