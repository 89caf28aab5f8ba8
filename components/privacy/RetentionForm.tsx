'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<{ retentionYears: number }> | null, formData: FormData) => Promise<ActionResult<{ retentionYears: number }>>;

/** How many years after a round closes its raw answers are kept. */
export function RetentionForm({ action, current }: { action: Action; current: number }) {
  const t = useTranslations('dataProtection.retention');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors.retentionYears : undefined;
  const shown = state?.ok ? state.data.retentionYears : state && !state.ok ? (state.values?.retentionYears ?? current) : current;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state?.ok ? <FormMessage tone="success">{t('done', { years: state.data.retentionYears })}</FormMessage> : null}
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-years`} className="block font-medium">
          {t('label')}
        </label>
        <input
          id={`${id}-years`}
          key={String(shown)}
          name="retentionYears"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          step={1}
          defaultValue={shown}
          className={`${inputClass} max-w-32`}
          {...describedBy(`${id}-years-error`, errors)}
        />
        <FieldError id={`${id}-years-error`} messages={errors} />
      </div>
      <SubmitButton pendingLabel={t('pending')}>{t('button')}</SubmitButton>
    </form>
  );
}
