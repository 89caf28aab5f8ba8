'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from '@/components/groups/form-state';
import type { GroupOptionView } from '@/components/groups/types';
import { LeaderFields } from './LeaderFields';
import type { LeaderAction } from './types';

export function AddLeaderForm({ action, groups, defaultGroupId }: { action: LeaderAction; groups: GroupOptionView[]; defaultGroupId?: string }) {
  const t = useTranslations('leaders');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  // After a leader is added the form starts over for the next one.
  const generation = state?.ok ? `ok-${state.data.id}` : 'form';
  return (
    <form action={formAction} noValidate className="space-y-4" key={generation}>
      {state?.ok ? <FormMessage tone="success">{t('add.done', { name: state.data.name, email: state.data.email })}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <LeaderFields
        idPrefix={id}
        groups={groups}
        errors={fieldErrors}
        values={{
          name: values.name ?? '',
          email: values.email ?? '',
          groupId: values.groupId ?? defaultGroupId ?? '',
          managerEmail: values.managerEmail ?? '',
          locale: values.locale ?? '',
          employeeNumber: values.employeeNumber ?? '',
        }}
      />
      <SubmitButton pendingLabel={t('add.submitting')}>{t('add.submit')}</SubmitButton>
    </form>
  );
}
