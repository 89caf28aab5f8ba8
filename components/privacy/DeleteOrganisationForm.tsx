'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;

/** Deleting everything takes typing the organisation's name: a click alone must never do it. */
export function DeleteOrganisationForm({ action, organisationName }: { action: Action; organisationName: string }) {
  const t = useTranslations('dataProtection.deleteOrganisation');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors.confirmName : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state && !state.ok && state.formError && !errors ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-name`} className="block font-medium">
          {t('nameLabel', { name: organisationName })}
        </label>
        <input
          id={`${id}-name`}
          name="confirmName"
          defaultValue={state && !state.ok ? state.values?.confirmName : undefined}
          key={state && !state.ok ? state.values?.confirmName : 'empty'}
          type="text"
          autoComplete="off"
          required
          className={inputClass}
          {...describedBy(`${id}-name-error`, errors)}
        />
        <FieldError id={`${id}-name-error`} messages={errors} />
      </div>
      <SubmitButton tone="danger" pendingLabel={t('pending')}>
        {t('button')}
      </SubmitButton>
    </form>
  );
}
