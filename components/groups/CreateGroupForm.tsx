'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from './form-state';
import { ParentSelect } from './ParentSelect';
import type { GroupAction, GroupOptionView } from './types';

export function CreateGroupForm({ action, options }: { action: GroupAction; options: GroupOptionView[] }) {
  const t = useTranslations('groups');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  // After a group is created the form starts over, keeping the parent for the next sibling.
  const generation = state?.ok ? `ok-${state.data.id}` : 'form';
  const keptParent = values.parentId ?? (state?.ok ? (state.data.parentId ?? '') : '');

  return (
    <form action={formAction} noValidate className="space-y-4" key={generation}>
      {state?.ok ? <FormMessage tone="success">{t('create.done', { name: state.data.name })}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block font-medium">
            {t('fields.name')}
          </label>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={120}
            defaultValue={values.name ?? ''}
            className={inputClass}
            {...describedBy(`${id}-name-error`, fieldErrors.name, `${id}-name-hint`)}
          />
          <p id={`${id}-name-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('fields.nameHint')}
          </p>
          <FieldError id={`${id}-name-error`} messages={fieldErrors.name} />
        </div>
        <ParentSelect id={`${id}-parent`} label={t('fields.parent')} topLabel={t('fields.top')} options={options} defaultValue={keptParent} errors={fieldErrors.parentId} />
      </div>
      <SubmitButton pendingLabel={t('create.submitting')}>{t('create.submit')}</SubmitButton>
    </form>
  );
}
