'use client';

import { startTransition, type FormEvent, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** Shared look of text inputs and selects in the staff forms (focus ring comes from globals.css). */
export const inputClass = 'mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

/** A field's errors, tied to its control through `id` (the control's aria-describedby). */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {/* The word "error" is carried by the text and an icon, not by colour alone. */}
      <span aria-hidden="true">⚠ </span>
      {messages.join(' ')}
    </p>
  );
}

/** An error or a notice about the whole form, announced when it appears. */
export function FormMessage({ tone, children }: { tone: 'error' | 'success' | 'warning'; children: ReactNode }) {
  const styles = {
    error: 'border-red-300 bg-red-50 text-red-900',
    success: 'border-teal-300 bg-teal-50 text-teal-900',
    warning: 'border-amber-300 bg-amber-50 text-amber-900',
  }[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border p-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}

/**
 * A submit button that says it is working while its form's action runs (pass `pending` when
 * the form submits through its own handler rather than `action`).
 */
export function SubmitButton({ children, pendingLabel, tone = 'primary', pending: pendingOverride }: { children: ReactNode; pendingLabel: string; tone?: 'primary' | 'danger'; pending?: boolean }) {
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  const colours = tone === 'danger' ? 'bg-red-800 hover:bg-red-900' : 'bg-[var(--color-brand)] hover:bg-blue-950';
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 font-medium text-white disabled:opacity-70 ${colours}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * Submits a form to a server action without React's automatic form reset, so that after an
 * error every field — selects and checkbox groups included — still shows what the user chose.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}

/** aria attributes for a control whose errors are shown by <FieldError id={errorId}>. */
export function describedBy(errorId: string, messages: string[] | undefined, hintId?: string) {
  const ids = [hintId, messages?.length ? errorId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': messages?.length ? true : undefined, 'aria-describedby': ids || undefined } as const;
}
