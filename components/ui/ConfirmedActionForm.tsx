'use client';

import { useActionState, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import { FormMessage } from './Field';
import { SubmitButton } from './SubmitButton';

export interface ConfirmedActionWords {
  /** The first button; `subject` is read after it by screen readers, to tell several apart. */
  trigger: string;
  confirm: ReactNode;
  confirmButton: string;
  pending: string;
  cancel: string;
  failed: string;
  /** Shown in place of the form once the action has succeeded; without it the form simply closes. */
  done?: string;
}

/**
 * A final action (revoke a key, remove single sign-on) asked for twice: a button, then a short
 * form that says what will happen, with the fields the server action needs to name its target —
 * so an empty or forged post does nothing.
 */
export function ConfirmedActionForm<T>({
  action,
  fields,
  words,
  subject,
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  words: ConfirmedActionWords;
  subject?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok && words.done) return <FormMessage tone="success">{words.done}</FormMessage>;
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-800 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50">
        {words.trigger}
        {subject ? <span className="sr-only"> {subject}</span> : null}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-2 text-left">
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? words.failed}</FormMessage> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p role="status" className="text-sm">
        {words.confirm}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton tone="danger" pendingLabel={words.pending}>
          {words.confirmButton}
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
          {words.cancel}
        </button>
      </div>
    </form>
  );
}
