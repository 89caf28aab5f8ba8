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
 * and the action leads to the "check your inbox" page, or to the organisation's own sign-in for an
 * address of a single sign-on domain (unless "e-mail me a link instead" was pressed).
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
  // After the organisation's single sign-on turned someone away, they may still belong to
  // another organisation that signs in by e-mail: offer the link beside trying again.
  const offerLink = (initialError?.startsWith('sso') ?? false) || (state !== null && !state.ok && state.values?.linkInstead === '1');

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
      {offerLink ? (
        <div className="space-y-2 border-t border-stone-200 pt-4">
          <p className="text-sm text-[var(--color-muted)]">{t('linkInsteadHint')}</p>
          <SubmitButton name="linkInstead" value="1" tone="secondary" pendingLabel={t('sending')}>
            {t('linkInstead')}
          </SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
