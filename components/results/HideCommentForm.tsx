'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type HideResult = ActionResult<{ hidden: boolean }>;

/**
 * A comment with HR's "hide this comment": asks once more, then hides it for everyone and puts
 * a notice in its place. The page is not re-rendered: the other comments keep their (random)
 * order instead of being shuffled under the reader's eyes.
 */
export function HideCommentForm({
  action,
  roundId,
  handle,
  children,
}: {
  action: (previous: HideResult | null, formData: FormData) => Promise<HideResult>;
  roundId: string;
  handle: string;
  children: ReactNode;
}) {
  const t = useTranslations('results.comments');
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok) return <FormMessage tone="success">{t('hidden')}</FormMessage>;
  if (!confirming) {
    return (
      <>
        {children}
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-800 px-2 py-0.5 text-xs font-medium text-red-800 hover:bg-red-50" aria-label={t('hideLabel')}>
          {t('hide')}
        </button>
      </>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      {children}
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('failed')}</FormMessage> : null}
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="handle" value={handle} />
      <p role="status" className="text-sm">
        {t('hideConfirm')}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton tone="danger" pendingLabel={t('hiding')}>
          {t('hideConfirmButton')}
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
