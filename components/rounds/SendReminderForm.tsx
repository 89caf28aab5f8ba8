'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<{ queued: number }> | null, formData: FormData) => Promise<ActionResult<{ queued: number }>>;

/** HR's "send a reminder now": says how many it reaches, or that there is nobody to remind today. */
export function SendReminderForm({ action }: { action: Action }) {
  const t = useTranslations('rounds.remind');
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {state?.ok ? <FormMessage tone={state.data.queued > 0 ? 'success' : 'warning'}>{state.data.queued > 0 ? t('done', { count: state.data.queued }) : t('none')}</FormMessage> : null}
      {state && !state.ok ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <SubmitButton pendingLabel={t('button')}>{t('button')}</SubmitButton>
    </form>
  );
}
