'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { Checkbox } from '@/components/ui/Checkbox';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { FollowUpMail } from '@/lib/domains/notifications/schemas';

type Result = ActionResult<{ enabled: FollowUpMail[] }>;
type Action = (previous: Result | null, formData: FormData) => Promise<Result>;

/** One checkbox per follow-up mail; ticked means the organisation sends it. */
export function MailSwitchesForm({ action, switches }: { action: Action; switches: { kind: FollowUpMail; on: boolean }[] }) {
  const t = useTranslations('mails.settings');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4">
      {state?.ok ? <FormMessage tone="success">{t('done')}</FormMessage> : null}
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <fieldset>
        <legend className="mb-2 font-medium">{t('legend')}</legend>
        {switches.map(({ kind, on }) => (
          <Checkbox key={kind} id={`${id}-${kind}`} name="enabled" value={kind} defaultChecked={on} label={t(`kinds.${kind}.label`)} hint={t(`kinds.${kind}.description`)} />
        ))}
        {switches.map(({ kind }) => (
          <input key={kind} type="hidden" name="shown" value={kind} />
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t('pending')} pending={pending}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}
