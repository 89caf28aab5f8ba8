'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { RedirectingAction } from './types';

/** Restores an archived group or leader; redirects on success, shows the reason on refusal. */
export function RestoreForm({ action, field, id, labels }: { action: RedirectingAction; field: string; id: string; labels: { button: string; pending: string; failed: string } }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? labels.failed}</FormMessage> : null}
      <input type="hidden" name={field} value={id} />
      <SubmitButton pendingLabel={labels.pending}>{labels.button}</SubmitButton>
    </form>
  );
}
