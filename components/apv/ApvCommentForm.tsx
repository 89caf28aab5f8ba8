'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { FieldError, FormMessage, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type CommentAction = (previous: ActionResult<{ id: string }> | null, formData: FormData) => Promise<ActionResult<{ id: string }>>;

/** MED/AMO's and management's comment on the APV; the text stays in the field if it is refused. */
export function ApvCommentForm({ action, roundId, groupId }: { action: CommentAction; roundId: string; groupId: string }) {
  const t = useTranslations('apv.comments');
  const [state, formAction] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors.body : undefined;
  return (
    <form ref={form} action={formAction} className="mt-4 space-y-2">
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="groupId" value={groupId} />
      <label htmlFor="apv-comment" className="block font-medium">
        {t('label')}
      </label>
      <textarea
        id="apv-comment"
        name="body"
        rows={3}
        required
        defaultValue={state && !state.ok ? (state.values?.body ?? '') : ''}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? 'apv-comment-error' : undefined}
        className={inputClass}
      />
      <FieldError id="apv-comment-error" messages={errors} />
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <SubmitButton pendingLabel={t('submit')}>{t('submit')}</SubmitButton>
    </form>
  );
}
