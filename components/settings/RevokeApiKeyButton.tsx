'use client';

import { useTranslations } from 'next-intl';
import { ConfirmedActionForm } from '@/components/ui/ConfirmedActionForm';
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
  return (
    <ConfirmedActionForm
      action={action}
      fields={{ apiKeyId }}
      subject={name}
      words={{ trigger: t('button'), confirm: t('confirm', { name }), confirmButton: t('confirmButton'), pending: t('revoking'), cancel: t('cancel'), failed: t('failed') }}
    />
  );
}
