'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type RevokeKeyResult = ActionResult<{ revoked: boolean }>;

/** Revoking is final, so it asks once more, naming the key (an API key, or a SCIM token with the SCIM page's words). */
export function RevokeApiKeyButton({
  action,
  apiKeyId,
  name,
  messages = 'apiKeys.revoke',
}: {
  action: (previous: RevokeKeyResult | null, formData: FormData) => Promise<RevokeKeyResult>;
  apiKeyId: string;
  name: string;
  messages?: 'apiKeys.revoke' | 'scim.revoke';
}) {
  const t = useTranslations(messages);
  const [state, formAction] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-800 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50">
        {t('button')}
        <span className="sr-only"> {name}</span>
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-2 text-left">
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('failed')}</FormMessage> : null}
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <p role="status" className="text-sm">
        {t('confirm', { name })}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton tone="danger" pendingLabel={t('revoking')}>
          {t('confirmButton')}
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
