'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from '@/components/groups/form-state';
import type { GroupOptionView } from '@/components/groups/types';
import { LeaderFields } from './LeaderFields';
import type { LeaderAction, LeaderFormValues } from './types';

/** Edits a leader; choosing another group moves them there. */
export function EditLeaderForm({ action, leaderId, groups, current }: { action: LeaderAction; leaderId: string; groups: GroupOptionView[]; current: LeaderFormValues }) {
  const t = useTranslations('leaders');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state?.ok ? <FormMessage tone="success">{t('edit.done', { name: state.data.name })}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="leaderId" value={leaderId} />
      <LeaderFields
        idPrefix={id}
        groups={groups}
        errors={fieldErrors}
        values={{
          name: values.name ?? current.name,
          email: values.email ?? current.email,
          groupId: values.groupId ?? current.groupId,
          managerEmail: values.managerEmail ?? current.managerEmail,
          locale: values.locale ?? current.locale,
          employeeNumber: values.employeeNumber ?? current.employeeNumber,
        }}
      />
      <SubmitButton pendingLabel={t('edit.submitting')}>{t('edit.submit')}</SubmitButton>
    </form>
  );
}
