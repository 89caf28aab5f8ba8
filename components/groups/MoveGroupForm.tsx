'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from './form-state';
import { ParentSelect } from './ParentSelect';
import type { GroupAction, GroupOptionView } from './types';

/** `options` leaves out the group itself and everything below it: those would make a loop. */
export function MoveGroupForm({ action, groupId, parentId, options }: { action: GroupAction; groupId: string; parentId: string | null; options: GroupOptionView[] }) {
  const t = useTranslations('groups');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  return (
    <form action={formAction} noValidate className="space-y-3">
      {state?.ok ? <FormMessage tone="success">{t('move.done', { name: state.data.name })}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="groupId" value={groupId} />
      <ParentSelect
        id={`${id}-parent`}
        label={t('fields.newParent')}
        topLabel={t('fields.top')}
        options={options}
        defaultValue={values.parentId ?? (state?.ok ? (state.data.parentId ?? '') : (parentId ?? ''))}
        errors={fieldErrors.parentId}
        hint={t('move.hint')}
      />
      <SubmitButton pendingLabel={t('move.submitting')}>{t('move.submit')}</SubmitButton>
    </form>
  );
}
