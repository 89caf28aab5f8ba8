'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type ApproveAction = (previous: ActionResult<{ approvedAt: string }> | null, formData: FormData) => Promise<ActionResult<{ approvedAt: string }>>;

/** MED/AMO's approval of the APV as it reads now. */
export function ApvApproveForm({ action, roundId, groupId, again }: { action: ApproveAction; roundId: string; groupId: string; again: boolean }) {
  const t = useTranslations('apv.approvals');
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4 space-y-2">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="groupId" value={groupId} />
      {state?.ok ? <FormMessage tone="success">{t('done')}</FormMessage> : null}
      {state && !state.ok ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <SubmitButton pendingLabel={t('approve')}>{again ? t('reapprove') : t('approve')}</SubmitButton>
    </form>
  );
}
