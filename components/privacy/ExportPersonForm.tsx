'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { ExportPersonResult } from '@/lib/domains/privacy/schemas';

type Action = (previous: ExportPersonResult | null, formData: FormData) => Promise<ExportPersonResult>;

/** Asks for an address, then saves what the organisation holds about that person as a JSON file. */
export function ExportPersonForm({ action }: { action: Action }) {
  const t = useTranslations('dataProtection.export');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const done = state?.ok ? state.data : null;

  useEffect(() => {
    if (!done?.found) return;
    const url = URL.createObjectURL(new Blob([done.json], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: done.fileName });
    link.click();
    URL.revokeObjectURL(url);
  }, [done]);

  const errors = state && !state.ok ? state.fieldErrors.email : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {done ? <FormMessage tone={done.found ? 'success' : 'warning'}>{done.found ? t('done', { email: done.email, file: done.fileName }) : t('nothing', { email: done.email })}</FormMessage> : null}
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {t('emailLabel')}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          defaultValue={state && !state.ok ? state.values?.email : undefined}
          key={state && !state.ok ? state.values?.email : 'empty'}
          type="email"
          autoComplete="off"
          required
          className={inputClass}
          {...describedBy(`${id}-email-error`, errors)}
        />
        <FieldError id={`${id}-email-error`} messages={errors} />
      </div>
      <SubmitButton pendingLabel={t('pending')}>{t('button')}</SubmitButton>
    </form>
  );
}
