'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Result = ActionResult<{ removed: boolean }>;

/** Removing single sign-on changes how everyone signs in, so it asks once more. */
export function RemoveSsoButton({ action }: { action: (previous: Result | null, formData: FormData) => Promise<Result> }) {
  const t = useTranslations('sso.form');
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok) return <FormMessage tone="success">{t('removed')}</FormMessage>;
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-800 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50">
        {t('remove')}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      {state && !state.ok ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <input type="hidden" name="confirm" value="remove-sso" />
      <p role="status" className="text-sm">
        {t('removeConfirm')}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton tone="danger" pendingLabel={t('pending')}>
          {t('remove')}
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
