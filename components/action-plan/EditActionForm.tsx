'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import { formState } from '@/components/groups/form-state';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ActionFormOptions } from '@/lib/domains/action-plan/options';
import { ActionFields, type ActionFieldValues } from './ActionFields';

type UpdateAction = (previous: ActionResult<{ id: string; title: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string; title: string }>>;

/** Change an action — most often its status — for those who may manage the plan. */
export function EditActionForm({ action, actionId, current, options }: { action: UpdateAction; actionId: string; current: ActionFieldValues; options: ActionFormOptions }) {
  const t = useTranslations('actionPlan.edit');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('fixErrors'));
  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4">
      <input type="hidden" name="actionId" value={actionId} />
      {state?.ok ? <FormMessage tone="success">{t('done')}</FormMessage> : null}
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <ActionFields id={id} values={{ ...current, ...values }} errors={fieldErrors} options={options} />
      <SubmitButton pendingLabel={t('submitting')} pending={pending}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
