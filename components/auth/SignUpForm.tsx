'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useState } from 'react';
import type { ActionResult } from '@/lib/actions/validated-action';
import { FieldError, FormMessage, SubmitButton, describedBy, inputClass } from './form-controls';

type SignUpResult = ActionResult<{ slug: string; email: string }>;
type SignUpAction = (previous: SignUpResult | null, formData: FormData) => Promise<SignUpResult>;

/** Sign-up form: the server action creates the organisation, then a sign-in link is mailed. */
export function SignUpForm({ action, locale }: { action: SignUpAction; locale: 'da' | 'en' }) {
  const t = useTranslations('auth.signUp');
  const tErrors = useTranslations('auth.errors');
  const router = useRouter();
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const [mailError, setMailError] = useState<string | null>(null);

  useEffect(() => {
    if (!state?.ok) return;
    const { email, slug } = state.data;
    let cancelled = false;
    signIn('email', { email, callbackUrl: `/${slug}`, redirect: false })
      .then((result) => {
        if (cancelled) return;
        if (!result || result.error) setMailError(t('mailFailed', { email }));
        else router.push(`/sign-in/check-email?email=${encodeURIComponent(email)}`);
      })
      .catch(() => !cancelled && setMailError(tErrors('network')));
    return () => {
      cancelled = true;
    };
  }, [state, router, t, tErrors]);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const field = (name: 'organisationName' | 'name' | 'email', type = 'text', autoComplete?: string, hint?: boolean) => {
    const errorId = `${id}-${name}-error`;
    const hintId = hint ? `${id}-${name}-hint` : undefined;
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className="block font-medium">
          {t(`${name}Label`)}
        </label>
        {hintId ? (
          <p id={hintId} className="text-sm text-[var(--color-muted)]">
            {t(`${name}Hint`)}
          </p>
        ) : null}
        <input
          id={`${id}-${name}`}
          name={name}
          type={type}
          autoComplete={autoComplete}
          required
          defaultValue={values[name] ?? ''}
          key={`${name}-${values[name] ?? ''}`}
          className={inputClass}
          {...describedBy(errorId, errors[name], hintId)}
        />
        <FieldError id={errorId} messages={errors[name]} />
      </div>
    );
  };

  if (state?.ok) {
    return mailError ? <FormMessage tone="warning">{mailError}</FormMessage> : <FormMessage tone="success">{t('sendingLink')}</FormMessage>;
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}
      {state && !state.ok && !state.formError ? <FormMessage tone="error">{t('fixErrors')}</FormMessage> : null}
      {field('organisationName', 'text', 'organization', true)}
      {field('name', 'text', 'name')}
      {field('email', 'email', 'email', true)}
      <div>
        <label htmlFor={`${id}-locale`} className="block font-medium">
          {t('localeLabel')}
        </label>
        <select id={`${id}-locale`} name="locale" defaultValue={values.locale ?? locale} className={inputClass} {...describedBy(`${id}-locale-error`, errors.locale)}>
          <option value="da" lang="da">
            Dansk
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
        <FieldError id={`${id}-locale-error`} messages={errors.locale} />
      </div>
      <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  );
}
