'use client';

import { EyeOff } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { FieldError, FieldHint, FormMessage, Label, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

export type RedactResult = ActionResult<{ body: string }>;
export type RedactAction = (previous: RedactResult | null, formData: FormData) => Promise<RedactResult>;

/**
 * "Redact a phrase": the moderator types (or pastes) a name or a place as it stands in the
 * comment; it is replaced for good, and the comment above shows its new text without the page
 * re-rendering (the other comments keep their random order).
 */
export function RedactCommentForm({ action, roundId, handle, onRedacted }: { action: RedactAction; roundId: string; handle: string; onRedacted: (body: string) => void }) {
  const t = useTranslations('commentRules.redact');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [state, formAction] = useActionState(async (previous: RedactResult | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      onRedacted(result.data.body);
      setOpen(false);
      setDone(true);
    }
    return result;
  }, null);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <div className="mt-2 space-y-2">
        {done ? <FormMessage tone="success">{t('done')}</FormMessage> : null}
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            setDone(false);
          }}
          aria-label={t('openLabel')}
          className="inline-flex items-center gap-1 rounded-md border border-stone-400 px-2 py-0.5 text-xs font-medium hover:bg-stone-50"
        >
          <EyeOff aria-hidden="true" className="size-3.5" />
          {t('open')}
        </button>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors.phrase : undefined;
  const formError = state && !state.ok && !errors?.length ? state.formError : undefined;
  return (
    <form action={formAction} className="mt-2 space-y-2">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="handle" value={handle} />
      <div>
        <Label htmlFor={`${id}-phrase`}>{t('label')}</Label>
        <input
          ref={input}
          id={`${id}-phrase`}
          name="phrase"
          type="text"
          autoComplete="off"
          required
          minLength={2}
          maxLength={500}
          defaultValue={state && !state.ok ? (state.values?.phrase ?? '') : ''}
          className={inputClass}
          {...describedBy(`${id}-phrase-error`, errors, `${id}-phrase-hint`)}
        />
        <FieldHint id={`${id}-phrase-hint`}>{t('hint')}</FieldHint>
        <FieldError id={`${id}-phrase-error`} messages={errors} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton tone="danger" pendingLabel={t('pending')}>
          {t('submit')}
        </SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
