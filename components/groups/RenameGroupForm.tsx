'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from './form-state';
import type { GroupAction } from './types';

export function RenameGroupForm({ action, groupId, name }: { action: GroupAction; groupId: string; name: string }) {
  const t = useTranslations('groups');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  return (
    <form action={formAction} noValidate className="space-y-3">
      {state?.ok ? <FormMessage tone="success">{t('rename.done', { name: state.data.name })}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="groupId" value={groupId} />
      <div>
        <label htmlFor={`${id}-name`} className="block font-medium">
          {t('fields.newName')}
        </label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="off"
          required
          maxLength={120}
          defaultValue={values.name ?? (state?.ok ? state.data.name : name)}
          className={inputClass}
          {...describedBy(`${id}-name-error`, fieldErrors.name)}
        />
        <FieldError id={`${id}-name-error`} messages={fieldErrors.name} />
      </div>
      <SubmitButton pendingLabel={t('rename.submitting')}>{t('rename.submit')}</SubmitButton>
    </form>
  );
}
