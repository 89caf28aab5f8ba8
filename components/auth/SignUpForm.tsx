'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useState } from 'react';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';

type SignUpResult = ActionResult<{ email: string; callbackUrl: string }>;
type SignUpAction = (previous: SignUpResult | null, formData: FormData) => Promise<SignUpResult>;

/**
 * Sign-up form: the server action stores the sign-up, then next-auth mails a link whose
 * callbackUrl completes it — the organisation exists only once the link has proved the address.
 */
export function SignUpForm({ action, locale, expired }: { action: SignUpAction; locale: 'da' | 'en'; expired?: boolean }) {
  const t = useTranslations('auth.signUp');
  const tErrors = useTranslations('auth.errors');
  const tFlow = useTranslations('signInFlow');
  const router = useRouter();
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const [mailError, setMailError] = useState<string | null>(null);
  // Each "send again" is one more attempt at the mail for the same sign-up.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!state?.ok) return;
    const { email, callbackUrl } = state.data;
    let cancelled = false;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- each attempt clears the previous one's failure before asking again
    setMailError(null);
    signIn('email', { email, callbackUrl, redirect: false })
      .then((result) => {
        if (cancelled) return;
        if (!result || result.error) setMailError(t('mailFailed', { email }));
        else router.push(`/sign-in/check-email?${new URLSearchParams({ email, signUp: '1' })}`);
      })
      .catch(() => !cancelled && setMailError(tErrors('network')));
    return () => {
      cancelled = true;
    };
  }, [state, attempt, router, t, tErrors]);

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
    if (!mailError) return <FormMessage tone="success">{t('sendingLink')}</FormMessage>;
    return (
      <div className="space-y-4">
        <FormMessage tone="warning">
          {/* A long address must not run out of the box on a phone. */}
          <span className="wrap-anywhere">{mailError}</span>
        </FormMessage>
        <button type="button" onClick={() => setAttempt((n) => n + 1)} className="rounded-md border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100">
          {tFlow('sendAgain')}
        </button>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      {expired && !state ? <FormMessage tone="error">{tFlow('signUpExpired')}</FormMessage> : null}
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
