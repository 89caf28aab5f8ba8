'use client';

import { useTranslations } from 'next-intl';
import { ConfirmedActionForm } from '@/components/ui/ConfirmedActionForm';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Result = ActionResult<{ removed: boolean }>;

/** Removing single sign-on changes how everyone signs in, so it asks once more. */
export function RemoveSsoButton({ action }: { action: (previous: Result | null, formData: FormData) => Promise<Result> }) {
  const t = useTranslations('sso.form');
  return (
    <ConfirmedActionForm
      action={action}
      fields={{ confirm: 'remove-sso' }}
      words={{ trigger: t('remove'), confirm: t('removeConfirm'), confirmButton: t('remove'), pending: t('pending'), cancel: t('cancel'), failed: t('removeFailed'), done: t('removed') }}
    />
  );
}
