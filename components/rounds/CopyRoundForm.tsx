'use client';

import { Copy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Action = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;

/** "Copy as new round": one button; success leaves the page for the new draft, a refusal is said here. */
export function CopyRoundForm({ action, tone = 'secondary' }: { action: Action; tone?: 'primary' | 'secondary' }) {
  const t = useTranslations('roundCopy');
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {state && !state.ok ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <SubmitButton pendingLabel={t('pending')} tone={tone}>
        <Copy aria-hidden="true" />
        {t('button')}
      </SubmitButton>
    </form>
  );
}
