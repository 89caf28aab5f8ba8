'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type RemoveResult = ActionResult<undefined>;

/** Removing access takes two deliberate steps: "Remove…" and then the confirmation. */
export function RemoveMemberForm({
  action,
  membershipId,
  who,
  isSelf,
}: {
  action: (previous: RemoveResult | null, formData: FormData) => Promise<RemoveResult>;
  membershipId: string;
  who: string;
  isSelf: boolean;
}) {
  const t = useTranslations('members.remove');
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-3">
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('failed')}</FormMessage> : null}
      {confirming ? (
        <form action={formAction} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4">
          <input type="hidden" name="membershipId" value={membershipId} />
          <p role="status">{isSelf ? t('confirmSelf') : t('confirm', { who })}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton tone="danger" pendingLabel={t('removing')}>
              {t('confirmButton')}
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-4 py-2">
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-800 px-4 py-2 font-medium text-red-800 hover:bg-red-50">
          {t('button')}
        </button>
      )}
    </div>
  );
}
