'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId } from 'react';
import type { ActionResult } from '@/lib/platform/validation/action-result';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';

/**
 * The action answers "ok" only for an address whose organisation signs in through its own identity
 * provider (where to go next); a magic link leads to the "check your inbox" page instead.
 */
export type SsoHandOver = { ssoUrl: string; organisation: string };
type SignInAction = (previous: ActionResult<SsoHandOver> | null, formData: FormData) => Promise<ActionResult<SsoHandOver>>;

/**
 * Asks for a sign-in link by e-mail. The form posts to a server action (app/(auth)/sign-in/actions.ts),
 * so it works from the first paint — Enter pressed before the JavaScript has loaded still sends —
 * and the action leads to the "check your inbox" page.
 */
export function SignInForm({ action, callbackUrl, initialError }: { action: SignInAction; callbackUrl: string; initialError: string | null }) {
  const t = useTranslations('auth.signIn');
  const tErrors = useTranslations('auth.errors');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const formError = state && !state.ok ? state.formError : initialError ? tErrors(initialError) : undefined;
  const email = state && !state.ok ? state.values?.email : undefined;
  const handOver = state?.ok ? state.data : null;

  useEffect(() => {
    if (handOver) window.location.assign(handOver.ssoUrl);
  }, [handOver]);

  if (handOver) {
    return (
      <FormMessage tone="success">
        {t('ssoHandOver', { organisation: handOver.organisation })}{' '}
        <a href={handOver.ssoUrl} className="font-medium underline">
          {t('ssoContinue', { organisation: handOver.organisation })}
        </a>
      </FormMessage>
    );
  }

  const errorId = `${id}-email-error`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor={`${id}-email`} className="block font-medium">
          {t('emailLabel')}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={email ?? ''}
          key={email ?? ''}
          className={inputClass}
          {...describedBy(errorId, fieldErrors.email)}
        />
        <FieldError id={errorId} messages={fieldErrors.email} />
      </div>
      <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
