'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { INVALID_EMAIL, signInErrorKey } from './sign-in-error';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';

// A quick check before asking the server; the server's rule (lib/edges/sign-in/sign-in-address.ts) decides.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks next-auth to e-mail a sign-in link, then shows the "check your inbox" page. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string[] | undefined>();
  const [formError, setFormError] = useState<string | null>(initialError ? t(`errors.${initialError}`) : null);
  const [pending, setPending] = useState(false);
  // Sending the link needs next-auth's client; until it is running the button waits, rather
  // than letting the browser submit the form somewhere useless.
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- set after hydration on purpose: the server's HTML renders the button waiting
  useEffect(() => setReady(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '')
      .trim()
      .toLowerCase();
    if (!emailPattern.test(email)) {
      setFieldError([t('signIn.invalidEmail')]);
      input.current?.focus();
      return;
    }
    setFieldError(undefined);
    setFormError(null);
    setPending(true);
    try {
      const result = await signIn('email', { email, callbackUrl, redirect: false });
      if (result?.error === INVALID_EMAIL) {
        setFieldError([t('signIn.invalidEmail')]);
        input.current?.focus();
        return;
      }
      if (!result || result.error) {
        setFormError(t(`errors.${signInErrorKey(result?.error ?? 'Default') ?? 'generic'}`));
        return;
      }
      router.push(`/sign-in/check-email?email=${encodeURIComponent(email)}`);
    } catch {
      setFormError(t('errors.network'));
    } finally {
      setPending(false);
    }
  }

  const errorId = `${id}-email-error`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {t('signIn.emailLabel')}
        </label>
        <input ref={input} id={`${id}-email`} name="email" type="email" autoComplete="email" required className={inputClass} {...describedBy(errorId, fieldError)} />
        <FieldError id={errorId} messages={fieldError} />
      </div>
      <noscript>
        <FormMessage tone="warning">{t('signIn.needsJavaScript')}</FormMessage>
      </noscript>
      <button type="submit" disabled={pending || !ready} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white disabled:opacity-70">
        {pending ? t('signIn.sending') : t('signIn.submit')}
      </button>
    </form>
  );
}
