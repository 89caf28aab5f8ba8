'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { ShownOnceSecret } from './ShownOnceSecret';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type CreateKeyResult = ActionResult<{ name: string; key: string; prefix: string }>;

/** Creates a key and shows it this one time, with a copy button; reloading the page forgets it. */
export function CreateApiKeyForm({ action }: { action: (previous: CreateKeyResult | null, formData: FormData) => Promise<CreateKeyResult> }) {
  const t = useTranslations('apiKeys');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const created = state?.ok ? state.data : null;
  return (
    <div className="space-y-6">
      {created ? (
        <ShownOnceSecret
          secret={created.key}
          name={created.name}
          messages={{ namespace: 'apiKeys.created', label: 'keyLabel' }}
          after={
            <p className="text-sm text-[var(--color-muted)]">
              {t('created.usage')} <code className="rounded bg-white px-1 font-mono text-xs">Authorization: Bearer {created.prefix}…</code>
            </p>
          }
        />
      ) : null}

      <form action={formAction} noValidate className="space-y-4" key={created?.prefix ?? 'form'}>
        {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('fixErrors')}</FormMessage> : null}
        <TextField id={`${id}-name`} name="name" type="text" required maxLength={80} defaultValue={values.name ?? ''} label={t('fields.name')} hint={t('fields.nameHint')} errors={errors.name} />
        <SubmitButton pendingLabel={t('create.submitting')}>{t('create.submit')}</SubmitButton>
      </form>
    </div>
  );
}
