'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInErrorKey } from '@/components/auth/sign-in-error';
import { validatedAction } from '@/lib/edges/server-actions/validated-action';
import { safeCallbackUrl } from '@/lib/edges/sign-in/safe-callback-url';
import { sendSignInLink } from '@/lib/edges/sign-in/send-sign-in-link';
import { signInSchema } from '@/lib/domains/members/schemas';
import { ssoOrganisationForAddress } from '@/lib/domains/sso/connection';
import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';

/**
 * The sign-in form's action: a real form action, so pressing Enter works before the page's
 * JavaScript has loaded (or without it). An address of a domain whose organisation signs in
 * through its own identity provider goes there ("home realm discovery"); any other is mailed a
 * link through next-auth, then sees "check your inbox" — as does anyone who asks for a link instead.
 */
export const signInAction = validatedAction(signInSchema, async ({ email, callbackUrl, linkInstead }) => {
  // Someone of an SSO domain who also belongs to an organisation without it asks for a link.
  // Safe to give: an organisation that requires SSO sends a link's session to its provider anyway.
  const sso = linkInstead ? null : await ssoOrganisationForAddress(email);
  // Answered, not redirected: a form post redirected on to another origin is what the CSP's
  // form-action forbids. The form follows the link itself (or shows it, without JavaScript).
  if (sso) return { ssoUrl: `/sign-in/sso/${sso.organisationId}?${new URLSearchParams({ callbackUrl: safeCallbackUrl(callbackUrl, env().APP_URL), login_hint: email })}`, organisation: sso.name };
  let code: string | null;
  try {
    code = await sendSignInLink({ email, callbackUrl: safeCallbackUrl(callbackUrl, env().APP_URL), headers: await headers() });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'rate_limited')) throw error;
    code = 'RateLimited';
  }
  if (code === null) redirect(`/sign-in/check-email?${new URLSearchParams({ email })}`);
  throw new AppError(code === 'RateLimited' ? 'rate_limited' : 'validation_failed', { messageKey: `auth.errors.${signInErrorKey(code) ?? 'generic'}` });
});
