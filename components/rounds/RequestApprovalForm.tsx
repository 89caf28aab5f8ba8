'use client';

import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Outcome = { outcome: 'asked' | 'already-asked' | 'already-approved' | 'no-approvers'; approvers: number; requestedAt: string | null };
type Action = (previous: ActionResult<Outcome> | null, formData: FormData) => Promise<ActionResult<Outcome>>;

/** HR's "ask MED/AMO for approval": says whom it reached, or why nothing new was sent. */
export function RequestApprovalForm({ action }: { action: Action }) {
  const t = useTranslations('roundApproval.request');
  const format = dateFormatter(toLocale(useLocale()));
  const [state, formAction] = useActionState(action, null);
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short' }) : '');
  const done = state?.ok ? state.data : null;
  return (
    <form action={formAction} className="space-y-3">
      {done?.outcome === 'asked' ? <FormMessage tone="success">{t('asked', { count: done.approvers })}</FormMessage> : null}
      {done?.outcome === 'already-asked' ? <FormMessage tone="warning">{t('alreadyAsked', { date: when(done.requestedAt) })}</FormMessage> : null}
      {done?.outcome === 'already-approved' ? <FormMessage tone="success">{t('alreadyApproved')}</FormMessage> : null}
      {done?.outcome === 'no-approvers' ? <FormMessage tone="warning">{t('noApprovers')}</FormMessage> : null}
      {state && !state.ok ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <SubmitButton pendingLabel={t('pending')}>{t('button')}</SubmitButton>
    </form>
  );
}
