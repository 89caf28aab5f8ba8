'use client';

import { Loader2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonVariants } from './Button';
import { cn } from './cn';

/**
 * A submit button that says it is working while its form's action runs (pass `pending` when
 * the form submits through its own handler rather than `action`).
 */
export function SubmitButton({
  children,
  pendingLabel,
  tone = 'primary',
  pending: pendingOverride,
  className,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  tone?: 'primary' | 'secondary' | 'danger';
  pending?: boolean;
  className?: string;
  /** Sent with the form when this button submits it: one form, two ways to go on. */
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={cn(buttonVariants({ variant: tone }), className)}>
      {pending ? <Loader2 aria-hidden="true" className="animate-spin" /> : null}
      {pending ? pendingLabel : children}
    </button>
  );
}
