'use client';

import { useActionState, useEffect, useId, useRef } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { RedirectingAction } from './types';

export interface ConfirmArchiveLabels {
  button: string;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  pending: string;
  failed: string;
}

/**
 * Archiving (a group or a leader) asks first, in a modal dialog: focus stays inside, Escape or
 * "Cancel" closes it and nothing happens. On success the action redirects; a refusal is shown
 * next to the button with its reason.
 */
export function ConfirmArchiveForm({ action, field, id: targetId, labels }: { action: RedirectingAction; field: string; id: string; labels: ConfirmArchiveLabels }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state) dialog.current?.close();
  }, [state]);
  return (
    <div className="space-y-3">
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? labels.failed}</FormMessage> : null}
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded-md border border-red-800 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50">
        {labels.button}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} className="m-auto max-w-md rounded-xl p-6 shadow-xl backdrop:bg-black/40">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {labels.title}
        </h2>
        <p id={`${id}-text`} className="mt-2 text-[var(--color-muted)]">
          {labels.text}
        </p>
        <form action={formAction} className="mt-4 flex flex-wrap gap-3">
          <input type="hidden" name={field} value={targetId} />
          <SubmitButton tone="danger" pendingLabel={labels.pending}>
            {labels.confirm}
          </SubmitButton>
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 bg-white px-4 py-2">
            {labels.cancel}
          </button>
        </form>
      </dialog>
    </div>
  );
}
