import { AlertCircle, CheckCircle2, Info } from 'lucide-react';
import type { LabelHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

/** Shared look of text inputs, selects and textareas (the focus ring comes from globals.css). */
export const inputClass =
  'mt-1 block min-h-11 w-full rounded-control border border-border-strong bg-surface px-3 py-2 text-ink shadow-sm placeholder:text-stone-500 aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger disabled:bg-surface-muted';

export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn('block text-sm font-medium text-ink', className)} {...props} />;
}

/** A line under a control that says what to enter; tie it to the control with describedBy(…, hintId). */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-muted">
      {children}
    </p>
  );
}

/** A field's errors, tied to its control through `id` (the control's aria-describedby). */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="mt-1 flex items-start gap-1 text-sm text-danger">
      {/* "Error" is carried by the text and an icon, not by colour alone. */}
      <AlertCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{messages.join(' ')}</span>
    </p>
  );
}

/** aria attributes for a control whose errors are shown by <FieldError id={errorId}>. */
export function describedBy(errorId: string, messages: string[] | undefined, hintId?: string) {
  const ids = [hintId, messages?.length ? errorId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': messages?.length ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

const messageTones = {
  error: { className: 'border-red-300 bg-danger-soft text-red-900', Icon: AlertCircle },
  success: { className: 'border-teal-300 bg-success-soft text-teal-900', Icon: CheckCircle2 },
  warning: { className: 'border-amber-300 bg-warning-soft text-amber-900', Icon: Info },
} as const;

/** An error or a notice about the whole form, announced when it appears. */
export function FormMessage({ tone, children }: { tone: keyof typeof messageTones; children: ReactNode }) {
  const { className, Icon } = messageTones[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('flex items-start gap-2 rounded-control border p-3 text-sm', className)}>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
